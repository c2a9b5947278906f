// Command vedetta ingests dated documents, analyses them (language,
// sentences, entities, dates, PLOVER events), stores them in an embedded
// store and lets you search, serve and export them. Each subcommand lives in
// its own file and registers itself in init.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailed  = 1 // some documents or operations failed
	exitUsage   = 2 // bad command line
	exitProblem = 1
)

// command is one subcommand.
type command struct {
	name    string
	summary string
	// run parses args itself (use newFlags) and returns an exit code.
	run func(env *env, args []string) int
}

// env is what a command may use: standard streams and the environment, so
// that tests can run commands in-process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	log    *slog.Logger
}

var commands = map[string]*command{}

func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("duplicate command " + c.name)
	}
	commands[c.name] = c
}

// errUsage marks a command-line mistake (exit status 2).
var errUsage = errors.New("usage")

func main() {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	os.Exit(runMain(e, os.Args[1:]))
}

func runMain(e *env, args []string) int {
	if e.log == nil {
		e.log = slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: logLevel(e.getenv("VEDETTA_LOG"))}))
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "vedetta: unknown command %q\n\n", args[0])
		usage(e.stderr)
		return exitUsage
	}
	return c.run(e, args[1:])
}

func logLevel(s string) slog.Level {
	switch strings.ToLower(s) {
	case "debug":
		return slog.LevelDebug
	case "warn":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	return slog.LevelInfo
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: vedetta COMMAND [flags] [args]")
	fmt.Fprintln(w, "\nCommands:")
	var names []string
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'vedetta COMMAND -h' for the flags of a command.")
}

// newFlags makes the flag set of a command, writing its errors to e.stderr.
func newFlags(e *env, name, argsUsage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: vedetta %s [flags] %s\n\nFlags:\n", name, argsUsage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args allowing flags after positional arguments
// ("vedetta search Kazakistan --lang it"). It returns the positional
// arguments, or errUsage (help already printed) on a bad flag.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, flag.ErrHelp
			}
			return nil, errUsage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// A "--" ends the flags: fs.Parse consumed it when it came before rest.
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseNoArgs parses the flags of a command that takes no positional
// argument. ok is false when the command must end, with exit code code
// (usage printed).
func parseNoArgs(fs *flag.FlagSet, args []string) (code int, ok bool) {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return usageExit(err), false
	}
	if len(pos) > 0 {
		fs.Usage()
		return exitUsage, false
	}
	return exitOK, true
}

// usageExit maps a parseFlags error to an exit code.
func usageExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}
