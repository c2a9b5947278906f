package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/vedetta/vedetta/analyze"
	"github.com/vedetta/vedetta/store/sqlite"
)

// dataFlag adds --data: the data folder, default $VEDETTA_DATA, else
// ./vedetta-data.
func dataFlag(e *env, fs *flag.FlagSet) *string {
	def := e.getenv("VEDETTA_DATA")
	if def == "" {
		def = "vedetta-data"
	}
	return fs.String("data", def, "data folder of the embedded store (env VEDETTA_DATA)")
}

func openStore(e *env, dir string) (*sqlite.Store, error) {
	s, err := sqlite.Open(dir, sqlite.Options{Logger: e.log})
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	return s, nil
}

// listFlag is a repeatable or comma-separated string flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

// pipelineFlags are the flags that configure the analysis.
type pipelineFlags struct {
	langs listFlag
	kb    listFlag
}

func addPipelineFlags(fs *flag.FlagSet) *pipelineFlags {
	pf := &pipelineFlags{}
	fs.Var(&pf.langs, "langs", "candidate languages for identification (comma-separated ISO 639-1; default it,en,fr,es,de,ru)")
	fs.Var(&pf.kb, "kb", "extra knowledge-base `FILE` (YAML or CSV) adding or overriding entries; repeatable")
	return pf
}

func (pf *pipelineFlags) build() (*analyze.Pipeline, error) {
	for _, f := range pf.kb {
		if _, err := os.Stat(f); err != nil {
			return nil, fmt.Errorf("--kb: %w", err)
		}
	}
	p, err := analyze.New(analyze.Config{Languages: pf.langs, KBFiles: pf.kb})
	if err != nil {
		return nil, fmt.Errorf("analysis pipeline: %w", err)
	}
	return p, nil
}

// peakRSS returns the peak resident memory of this process in bytes, from
// /proc (0 where unavailable).
func peakRSS() int64 {
	raw, err := os.ReadFile(filepath.Join("/proc", "self", "status"))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			var kb int64
			fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(line, "VmHWM:")), "%d", &kb)
			return kb << 10
		}
	}
	return 0
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
