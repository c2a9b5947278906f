// Package fetch is the one place where Vedetta makes HTTP clients. Every
// request it sends carries the project's User-Agent, runs under a global
// timeout, reads at most a size limit of body, waits a per-host politeness
// delay after the previous request to the same host, and may be conditional
// (ETag / Last-Modified), so that pollers fetch only what changed.
package fetch
