package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/vedetta/vedetta/analyze"
	"github.com/vedetta/vedetta/server"
)

func init() {
	register(&command{name: "serve", summary: "HTTP API and web UI over the store", run: runServe})
}

func runServe(e *env, args []string) int {
	fs := newFlags(e, "serve", "")
	data := dataFlag(e, fs)
	pf := addPipelineFlags(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address; beyond loopback, writes need --token or --read-only")
	token := fs.String("token", "", "bearer token required on every request (env VEDETTA_TOKEN)")
	readOnly := fs.Bool("read-only", false, "refuse writes (POST /api/documents)")
	maxBody := fs.Int64("max-body", server.DefaultMaxBody, "largest request body, in bytes")
	timeout := fs.Duration("timeout", server.DefaultRequestTimeout, "time limit of a request")
	exportTimeout := fs.Duration("export-timeout", server.DefaultExportTimeout, "time limit of an export")
	maxExport := fs.Int("max-export", server.DefaultMaxExport, "most events in one export")
	grace := fs.Duration("grace", 10*time.Second, "time given to requests in flight at shutdown")
	if _, err := parseFlags(fs, args); err != nil {
		return usageExit(err)
	}
	tok := *token
	if tok == "" {
		tok = e.getenv("VEDETTA_TOKEN")
	}
	if err := server.CheckAccess(*addr, tok, *readOnly); err != nil {
		fmt.Fprintf(e.stderr, "vedetta serve: %v\n", err)
		return exitUsage
	}
	var p *analyze.Pipeline
	if !*readOnly {
		var err error
		if p, err = pf.build(); err != nil {
			fmt.Fprintf(e.stderr, "vedetta serve: %v\n", err)
			return exitFailed
		}
	}
	st, err := openStore(e, *data)
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta serve: %v\n", err)
		return exitFailed
	}
	defer st.Close()
	srv, err := server.New(server.Config{Store: st, Pipeline: p, Token: tok, ReadOnly: *readOnly, Logger: e.log,
		MaxBody: *maxBody, RequestTimeout: *timeout, ExportTimeout: *exportTimeout, MaxExport: *maxExport})
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta serve: %v\n", err)
		return exitFailed
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err = srv.Serve(ctx, *addr, *grace, func(a net.Addr) {
		fmt.Fprintf(e.stdout, "serving %s on http://%s/ (Ctrl-C to stop)\n", *data, a)
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta serve: %v\n", err)
		return exitFailed
	}
	return exitOK
}
