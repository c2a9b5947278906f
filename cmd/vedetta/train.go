package main

import (
	"fmt"
	"github.com/vedetta/vedetta/internal/repo"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/vedetta/vedetta/analyze/ner"
	"github.com/vedetta/vedetta/eval"
)

func init() {
	register(&command{name: "train", summary: "train a statistical model (ner) from ../shared/data", run: runTrain})
}

func runTrain(e *env, args []string) int {
	if len(args) > 0 && args[0] == "gazetteer" {
		return runTrainGazetteer(e, args[1:])
	}
	if len(args) == 0 || args[0] != "ner" {
		fmt.Fprintln(e.stderr, "Usage: vedetta train ner --lang LANG [flags]\n       vedetta train gazetteer [flags]")
		return exitUsage
	}
	fs := newFlags(e, "train ner", "")
	lang := fs.String("lang", "", "language to train: "+nerLangList())
	data := fs.String("data", "", "NER data directory (default ../shared/data/ner next to the repository)")
	out := fs.String("out", "", "model file to write (default analyze/ner/models/LANG.bin.gz in the repository)")
	epochs := fs.Int("epochs", 0, "training epochs (default: the language's setting)")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	prune := fs.Int("prune", -1, "drop features whose largest int16 weight is at most this (default: the language's setting)")
	feats := fs.String("feats", "", "optional feature groups, comma-separated (gaz, gazsame, gazwords, viterbi, pairs, context, domain, document), or none (default: the language's setting)")
	dev := fs.Bool("dev", false, "score the dev sets after every epoch")
	only := fs.String("files", "", "comma-separated training files under --data replacing the language's list (suffix :split to use the training part of a split file, :nomisc to drop MISC, :news, :politics, :fiction or :wiki for the text domain)")
	if _, err := parseFlags(fs, args[1:]); err != nil {
		return usageExit(err)
	}
	files, ok := ner.Corpus[*lang]
	if !ok {
		fmt.Fprintf(e.stderr, "train ner: --lang must be one of %s\n", nerLangList())
		return exitUsage
	}
	if *only != "" {
		files = nil
		for _, f := range strings.Split(*only, ",") {
			parts := strings.Split(f, ":")
			cf := ner.CorpusFile{Path: parts[0]}
			for _, o := range parts[1:] {
				cf.Split = cf.Split || o == "split"
				cf.NoMisc = cf.NoMisc || o == "nomisc"
				switch o {
				case "news":
					cf.Domain = ner.DomainNews
				case "politics":
					cf.Domain = ner.DomainPolitics
				case "fiction":
					cf.Domain = ner.DomainFiction
				case "wiki":
					cf.Domain = ner.DomainWiki
				}
			}
			files = append(files, cf)
		}
	}
	dir, err := nerDataDir(*data)
	if err != nil {
		fmt.Fprintf(e.stderr, "train ner: %v\n", err)
		return exitProblem
	}
	if *out == "" {
		root, err := nerRepoRoot()
		if err != nil {
			fmt.Fprintf(e.stderr, "train ner: %v (use --out)\n", err)
			return exitProblem
		}
		*out = filepath.Join(root, "analyze", "ner", "models", *lang+".bin.gz")
	}
	set := ner.Settings[*lang]
	if *epochs > 0 {
		set.Epochs = *epochs
	}
	if *prune >= 0 {
		set.Prune = *prune
	}
	if *feats != "" {
		set.Feats = 0
		for _, f := range strings.Split(*feats, ",") {
			bit, ok := ner.FeatNames[f]
			if !ok && f != "none" {
				fmt.Fprintf(e.stderr, "train ner: unknown feature group %q\n", f)
				return exitUsage
			}
			set.Feats |= bit
		}
	}
	start := time.Now()
	train, err := ner.Load(dir, files, false)
	if err != nil {
		fmt.Fprintf(e.stderr, "train ner: %v\n", err)
		return exitProblem
	}
	ntok := 0
	for _, s := range train {
		ntok += len(s.Words)
	}
	fmt.Fprintf(e.stderr, "train ner %s: %d sentences, %d tokens\n", *lang, len(train), ntok)
	opt := ner.TrainOptions{
		Epochs: set.Epochs, Seed: *seed, Prune: set.Prune, Feats: set.Feats, GazOwn: ner.GazOwn(files),
		Log: func(f string, a ...any) {
			fmt.Fprintf(e.stderr, "  [%s] "+f+"\n", append([]any{time.Since(start).Round(time.Second)}, a...)...)
		},
	}
	if *dev {
		var devs [][]ner.Labeled
		for _, cf := range ner.DevSets[*lang] {
			d, err := ner.Load(dir, []ner.CorpusFile{cf}, true)
			if err != nil {
				fmt.Fprintf(e.stderr, "train ner: %v\n", err)
				return exitProblem
			}
			devs = append(devs, d)
		}
		opt.AfterEpoch = func(ep int, m *ner.Model) {
			for i, d := range devs {
				sc := nerScore(m, d)
				fmt.Fprintf(e.stderr, "  epoch %d %s: P %.4f R %.4f F1 %.4f (%d features)\n", ep, ner.DevSets[*lang][i].Path, sc.Micro.Precision(), sc.Micro.Recall(), sc.Micro.F1(), m.NumFeatures())
			}
		}
	}
	m, err := ner.Train(*lang, train, opt)
	if err != nil {
		fmt.Fprintf(e.stderr, "train ner: %v\n", err)
		return exitProblem
	}
	if err := nerWriteModel(m, *out); err != nil {
		fmt.Fprintf(e.stderr, "train ner: %v\n", err)
		return exitProblem
	}
	st, _ := os.Stat(*out)
	fmt.Fprintf(e.stdout, "wrote %s: %d features, %d bytes, %s\n", *out, m.NumFeatures(), st.Size(), time.Since(start).Round(time.Second))
	return exitOK
}

// runTrainGazetteer builds the NER gazetteer from ../shared and writes it
// where the package embeds it.
func runTrainGazetteer(e *env, args []string) int {
	fs := newFlags(e, "train gazetteer", "")
	shared := fs.String("shared", "", "shared data directory (default ../shared next to the repository)")
	out := fs.String("out", "", "file to write (default analyze/ner/models/gazetteer.tsv.gz in the repository)")
	if _, err := parseFlags(fs, args); err != nil {
		return usageExit(err)
	}
	root, err := nerRepoRoot()
	if *shared == "" || *out == "" {
		if err != nil {
			fmt.Fprintf(e.stderr, "train gazetteer: %v (use --shared and --out)\n", err)
			return exitProblem
		}
	}
	if *shared == "" {
		*shared = filepath.Join(root, "..", "shared")
	}
	if *out == "" {
		*out = filepath.Join(root, "analyze", "ner", "models", "gazetteer.tsv.gz")
	}
	start := time.Now()
	entries, st, err := ner.BuildGazetteer(*shared)
	if err != nil {
		fmt.Fprintf(e.stderr, "train gazetteer: %v\n", err)
		return exitProblem
	}
	src := make([]string, 0, len(st))
	for k := range st {
		src = append(src, k)
	}
	slices.Sort(src)
	for _, k := range src {
		fmt.Fprintf(e.stderr, "  %-20s %7d names\n", k, st[k])
	}
	tmp := *out + ".tmp"
	f, err := os.Create(tmp)
	if err == nil {
		err = ner.WriteGazetteer(f, entries)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err == nil {
		err = os.Rename(tmp, *out)
	}
	if err != nil {
		os.Remove(tmp)
		fmt.Fprintf(e.stderr, "train gazetteer: %v\n", err)
		return exitProblem
	}
	info, _ := os.Stat(*out)
	fmt.Fprintf(e.stdout, "wrote %s: %d names, %d bytes, %s\n", *out, len(entries), info.Size(), time.Since(start).Round(time.Millisecond))
	return exitOK
}

func nerScore(m *ner.Model, data []ner.Labeled) *eval.NERScore {
	sc := eval.NewNERScore()
	doc := make([][]string, len(data))
	for i, s := range data {
		doc[i] = s.Words
	}
	for i, tags := range m.TagDoc(doc) {
		sc.Add(data[i].Tags, tags)
	}
	return sc
}

func nerWriteModel(m *ner.Model, path string) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := m.Write(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

func nerLangList() string { return "it, en, fr, de, es, ru" }

// nerRepoRoot finds the repository root.
func nerRepoRoot() (string, error) { return repo.Root() }

// nerDataDir resolves the NER data directory: flag, else
// ../shared/data/ner beside the repository root.
func nerDataDir(flagDir string) (string, error) {
	if flagDir != "" {
		return flagDir, nil
	}
	root, err := nerRepoRoot()
	if err != nil {
		return "", fmt.Errorf("%w (use --data)", err)
	}
	dir := filepath.Join(root, "..", "shared", "data", "ner")
	if _, err := os.Stat(dir); err != nil {
		return "", fmt.Errorf("NER data not found: %w (use --data)", err)
	}
	return dir, nil
}
