// Package server is Vedetta's HTTP API and web UI ("vedetta serve"): JSON
// routes under /api (described by the OpenAPI 3 document at
// /api/openapi.json), streaming exports, /healthz, Prometheus metrics at
// /metrics, and server-rendered HTML pages with a small embedded script for
// search, documents, events with their timeline, the actor network and
// entities. Everything it serves is embedded: it works offline.
//
// # Access
//
// Without a token, every route is open, and the server refuses to start on
// an address beyond loopback unless writes are disabled (Config.ReadOnly):
// writes always need a token off loopback. With a token, every request but
// /healthz and the login page's assets must carry it, as
// "Authorization: Bearer TOKEN" or as the HttpOnly cookie that the login page
// (/login) sets for browsers. Tokens are compared in constant time and never
// logged. A loopback server also rejects requests whose Host header is not a
// loopback name (DNS rebinding), and any write whose Origin is another site.
//
// # Errors
//
// API errors are RFC 9457 problem documents (application/problem+json);
// pages answer with an HTML error page.
package server
