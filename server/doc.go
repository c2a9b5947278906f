// Package server is Vedetta's HTTP API and web UI ("vedetta serve"): JSON
// routes under /api (described by the OpenAPI 3 document at
// /api/openapi.json), streaming exports, /healthz, Prometheus metrics at
// /metrics, and server-rendered HTML pages with a small embedded script for
// search, documents, events with their timeline, the actor network and
// entities. Everything it serves is embedded: it works offline.
//
// # Routes
//
//	GET  /healthz                   liveness and store check (open)
//	GET  /metrics                   Prometheus text format
//	GET  /api/openapi.json          the OpenAPI 3 description of all routes
//	GET  /api/documents             search: q, lang, from, to, about_from, about_to, entity, event_type,
//	                                facets, collapse, limit, cursor
//	POST /api/documents             ingest JSON (object or array), JSON Lines or dated plain text
//	GET  /api/documents/{id}        the analysis JSON
//	GET  /api/entities              most mentioned: type, country, q, lang, from, to, limit, cursor
//	GET  /api/entities/{id}         names per language, mentions by month, co-occurring, counterparts, events
//	GET  /api/events                actor, source, target, country, type, quad, from, to, lang, doc, limit, cursor
//	GET  /api/timeline              the event filters + interval (day, week, month) and by (type, quad)
//	GET  /api/network               the event filters + max_edges
//	GET  /api/export                the event filters + format (csv, jsonl, plover, gdelt, graphml)
//	GET  /  /documents/{id}  /events  /network  /entities  /entities/{id}   pages
//	GET  /login  POST /login        token form for browsers (open)
//	GET  /static/{file}             style sheet and script (open)
//
// Limits: request bodies (Config.MaxBody, 32 MiB), time per request
// (RequestTimeout, 30 s; ExportTimeout, 10 min for exports), page sizes
// (documents 100, events and entities 500, network edges 5000, search
// depth 10,000) and events per export (MaxExport, 1,000,000: a larger
// export is refused with 413 before it starts).
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
