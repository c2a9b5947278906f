// Package fetch is the one place where Vedetta makes HTTP clients. Every
// request it sends carries the project's User-Agent, runs under a global
// timeout, reads at most a size limit of body, waits a per-host politeness
// delay after the previous request to the same host, and may be conditional
// (ETag / Last-Modified), so that pollers fetch only what changed. It obeys
// each site's robots.txt (RFC 9309; read once a day per site, unless
// Config.IgnoreRobots) and tries again, with a doubling wait or the server's
// Retry-After, after network errors and 429, 500, 502, 503 and 504 answers.
package fetch
