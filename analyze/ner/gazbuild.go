package ner

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// GazStats counts what BuildGazetteer took from each source.
type GazStats map[string]int

// BuildGazetteer collects names from the files under shared (the
// ../shared directory): the entity spans of every language's training
// corpora (data/ner, as listed in Corpus; held-out parts and dev sets are
// never read), country and territory names (data/kb: CLDR in it, en, fr,
// es, de, ru; world-countries names, translations and capitals),
// international organisations (data/kb/supraverden-igos.yaml) and the
// Phoenix actor dictionaries (data/phoenix/*.actors.txt: people, countries
// and their places, organisations). It returns entries for WriteGazetteer.
func BuildGazetteer(shared string) (map[string]uint64, GazStats, error) {
	b := &gazBuilder{m: map[string]uint64{}, st: GazStats{}}
	nerDir := filepath.Join(shared, "data", "ner")
	for i, cf := range GazSources {
		data, err := Load(nerDir, []CorpusFile{cf}, false)
		if err != nil {
			return nil, nil, err
		}
		for _, s := range data {
			for _, sp := range tagSpans(s.Tags) {
				b.addToks(s.Words[sp.start:sp.end], sp.typ, 1<<i, "corpus "+cf.Path)
			}
		}
	}
	kb := filepath.Join(shared, "data", "kb")
	if err := b.cldr(filepath.Join(kb, "cldr-territories")); err != nil {
		return nil, nil, err
	}
	if err := b.worldCountries(filepath.Join(kb, "world-countries.json")); err != nil {
		return nil, nil, err
	}
	if err := b.igos(filepath.Join(kb, "supraverden-igos.yaml")); err != nil {
		return nil, nil, err
	}
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		if err := b.phoenix(filepath.Join(shared, "data", "phoenix", f), f != "Phoenix.Countries.actors.txt"); err != nil {
			return nil, nil, err
		}
	}
	return b.m, b.st, nil
}

type gazBuilder struct {
	m  map[string]uint64
	st GazStats
}

type span struct {
	typ        string
	start, end int
}

// tagSpans returns the entity spans of a BIO sequence (I-X after something
// else starts a span, as in CoNLL scoring).
func tagSpans(tags []string) []span {
	var out []span
	for i, t := range tags {
		if len(t) < 3 {
			continue
		}
		typ := t[2:]
		if t[0] == 'I' && len(out) > 0 && out[len(out)-1].end == i && out[len(out)-1].typ == typ {
			out[len(out)-1].end = i + 1
			continue
		}
		out = append(out, span{typ, i, i + 1})
	}
	return out
}

func (b *gazBuilder) addToks(toks []string, typ string, src uint16, what string) {
	if len(toks) == 0 || len(toks) > gazMaxLen || !gazCanStart(toks[0]) {
		return
	}
	t := -1
	for i, g := range gazTypes {
		if g == typ {
			t = i
		}
	}
	if t < 0 {
		return
	}
	low := make([]string, len(toks))
	for i, w := range toks {
		if w == "" || strings.ContainsAny(w, " \t\n") {
			return
		}
		low[i] = foldLower(w)
	}
	k := strings.Join(low, " ")
	v := uint64(src) << (16 * t)
	if b.m[k]&v == 0 {
		b.st[what]++
	}
	b.m[k] |= v
}

// addName tokenises a name written as text and adds it from the
// knowledge-base source.
func (b *gazBuilder) addName(name, typ, what string) {
	b.addToks(gazTokens(name), typ, 1<<srcKB, what)
}

// gazTokens splits a name as the corpora tokenise text: at spaces, after
// apostrophes followed by a letter ("dell'Unione" → "dell'", "Unione"),
// with commas, parentheses and other edge punctuation apart.
func gazTokens(name string) []string {
	var out []string
	for _, f := range strings.Fields(name) {
		var pre, post []string
		for f != "" && strings.ContainsRune("(\"«“[", rune(f[0])) {
			pre = append(pre, f[:1])
			f = f[1:]
		}
		for f != "" && strings.ContainsRune(")\"»”],;:", rune(f[len(f)-1])) {
			post = append([]string{f[len(f)-1:]}, post...)
			f = f[:len(f)-1]
		}
		out = append(out, pre...)
		for f != "" {
			i := strings.IndexAny(f, "'’")
			if i <= 0 {
				out = append(out, f)
				break
			}
			cut := i + 1
			if f[i] != '\'' {
				cut = i + len("’")
			}
			r, _ := utf8.DecodeRuneInString(f[cut:])
			if !unicode.IsLetter(r) {
				out = append(out, f)
				break
			}
			out = append(out, f[:cut])
			f = f[cut:]
		}
		out = append(out, post...)
	}
	return out
}

var cldrLocales = []string{"it", "en", "fr", "es", "de", "ru"}

func (b *gazBuilder) cldr(dir string) error {
	for _, loc := range cldrLocales {
		raw, err := os.ReadFile(filepath.Join(dir, loc+".json"))
		if err != nil {
			return fmt.Errorf("gazetteer: %w", err)
		}
		var doc struct {
			Main map[string]struct {
				LocaleDisplayNames struct {
					Territories map[string]string `json:"territories"`
				} `json:"localeDisplayNames"`
			} `json:"main"`
		}
		if err := json.Unmarshal(raw, &doc); err != nil {
			return fmt.Errorf("gazetteer: %s: %w", loc, err)
		}
		for _, m := range doc.Main {
			for _, name := range m.LocaleDisplayNames.Territories {
				b.addName(name, "LOC", "cldr")
			}
		}
	}
	return nil
}

func (b *gazBuilder) worldCountries(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	type names struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	}
	var cs []struct {
		Name struct {
			names
			Native map[string]names `json:"native"`
		} `json:"name"`
		AltSpellings []string         `json:"altSpellings"`
		Capital      []string         `json:"capital"`
		Translations map[string]names `json:"translations"`
	}
	if err := json.Unmarshal(raw, &cs); err != nil {
		return fmt.Errorf("gazetteer: %s: %w", path, err)
	}
	for _, c := range cs {
		add := func(n names) {
			b.addName(n.Common, "LOC", "world-countries")
			b.addName(n.Official, "LOC", "world-countries")
		}
		add(c.Name.names)
		for _, n := range c.Name.Native {
			add(n)
		}
		for _, n := range c.Translations {
			add(n)
		}
		for _, a := range c.AltSpellings {
			if len([]rune(a)) > 3 { // two- and three-letter codes clash with words
				b.addName(a, "LOC", "world-countries")
			}
		}
		for _, cap := range c.Capital {
			b.addName(cap, "LOC", "world-countries")
		}
	}
	return nil
}

var igoField = regexp.MustCompile(`^  (Name|Name_other|Name_other_\d+|Abbreviation)_[a-z]{2}: (.+)$`)

// igos reads the organisation names of the supraverden YAML file: its
// top-level keys and the Name_*, Name_other_* and Abbreviation_* fields.
func (b *gazBuilder) igos(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	clean := func(s string) string {
		s = strings.TrimSpace(s)
		if len(s) >= 2 && (s[0] == '\'' || s[0] == '"') && s[len(s)-1] == s[0] {
			s = strings.ReplaceAll(s[1:len(s)-1], "''", "'")
		}
		return s
	}
	for sc.Scan() {
		line := sc.Text()
		if line != "" && line[0] != ' ' && line[0] != '#' && strings.HasSuffix(line, ":") {
			b.addName(clean(strings.TrimSuffix(line, ":")), "ORG", "igos")
			continue
		}
		if m := igoField.FindStringSubmatch(line); m != nil {
			v := clean(m[2])
			if v != "" && !strings.HasPrefix(v, "[") {
				b.addName(v, "ORG", "igos")
			}
		}
	}
	return sc.Err()
}

var (
	phxCode  = regexp.MustCompile(`\[([A-Z~]+)( [0-9-]+)?\]`)
	phxDated = regexp.MustCompile(`\[[A-Z~]+ [0-9-]*[0-9]{6}`)
)

// phoenix reads a TABARI actor dictionary. Names are upper case with
// underscores for spaces; a name whose codes carry dates is a person; in
// the country file a name with a bare three-letter code is a country and
// the "+" synonyms under it its places; other coded names are
// organisations (orgs true) or skipped.
func (b *gazBuilder) phoenix(path string, orgs bool) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	lines := strings.Split(string(raw), "\n")
	type entry struct {
		names []string
		codes string
	}
	var ents []entry
	for _, l := range lines {
		if i := strings.Index(l, "#"); i >= 0 {
			l = l[:i]
		}
		if strings.TrimSpace(l) == "" {
			continue
		}
		switch {
		case l[0] == '\t' || l[0] == ' ':
			if len(ents) > 0 {
				ents[len(ents)-1].codes += " " + strings.TrimSpace(l)
			}
		case l[0] == '+':
			if len(ents) > 0 {
				n, c := phxSplit(l[1:])
				ents[len(ents)-1].names = append(ents[len(ents)-1].names, n)
				ents[len(ents)-1].codes += " " + c
			}
		default:
			n, c := phxSplit(l)
			ents = append(ents, entry{names: []string{n}, codes: c})
		}
	}
	for _, e := range ents {
		typ := ""
		switch {
		case phxDated.MatchString(e.codes):
			typ = "PER"
		case !orgs:
			if m := phxCode.FindStringSubmatch(e.codes); m != nil && len(m[1]) == 3 {
				typ = "LOC"
			}
		case phxCode.MatchString(e.codes):
			typ = "ORG"
		}
		if typ == "" {
			continue
		}
		for _, n := range e.names {
			n = strings.Trim(strings.ReplaceAll(n, "_", " "), " ")
			if n == "" {
				continue
			}
			b.addName(titleCase(n), typ, "phoenix-"+strings.ToLower(typ))
		}
	}
	return nil
}

func phxSplit(l string) (name, codes string) {
	l = strings.TrimSpace(l)
	if i := strings.Index(l, "["); i >= 0 {
		return strings.TrimSpace(l[:i]), l[i:]
	}
	return l, ""
}

// titleCase writes an upper-case Phoenix name with initial capitals, so
// that it may start a match (names are compared lower-cased anyway).
func titleCase(s string) string {
	r := []rune(strings.ToLower(s))
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}
