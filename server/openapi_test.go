package server

import (
	"encoding/json"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"testing"
)

type openapiDoc struct {
	OpenAPI    string                                `json:"openapi"`
	Info       map[string]any                        `json:"info"`
	Paths      map[string]map[string]json.RawMessage `json:"paths"`
	Components map[string]map[string]json.RawMessage `json:"components"`
}

// specPath turns a ServeMux pattern into an OpenAPI path.
func specPath(pattern string) string {
	p := strings.ReplaceAll(pattern, "{$}", "")
	p = regexp.MustCompile(`\{(\w+)\.\.\.\}`).ReplaceAllString(p, "{$1}")
	if p == "" {
		p = "/"
	}
	return p
}

var pathParam = regexp.MustCompile(`\{\w+\}`)

// TestOpenAPIMatchesRoutes keeps /api/openapi.json true: every registered
// route is documented, and every documented path and method is served.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	ts := newTestServer(t, Config{Pipeline: pipeline(t)})
	var doc openapiDoc
	w := ts.get(t, "/api/openapi.json", 200, &doc)
	if w.Header().Get("Content-Type") != "application/json" {
		t.Errorf("content type %q", w.Header().Get("Content-Type"))
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") || doc.Info["title"] == nil || doc.Info["version"] == nil {
		t.Fatalf("not an OpenAPI 3 document: %q %v", doc.OpenAPI, doc.Info)
	}
	served := map[string]bool{}
	for _, r := range ts.Routes() {
		p := specPath(r.Path)
		key := strings.ToLower(r.Method) + " " + p
		served[key] = true
		if _, ok := doc.Paths[p][strings.ToLower(r.Method)]; !ok {
			t.Errorf("route %s %s is not documented (as %s)", r.Method, r.Path, p)
		}
	}
	var documented []string
	for p, ops := range doc.Paths {
		for m, raw := range ops {
			if m == "parameters" {
				continue
			}
			documented = append(documented, strings.ToUpper(m)+" "+p)
			if !served[m+" "+p] {
				t.Errorf("documented %s %s is not a route", strings.ToUpper(m), p)
				continue
			}
			var op struct {
				Responses map[string]json.RawMessage `json:"responses"`
			}
			if err := json.Unmarshal(raw, &op); err != nil || len(op.Responses) == 0 {
				t.Errorf("%s %s: no responses", m, p)
			}
			// The server's own mux resolves the documented path to a route,
			// not to the catch-all.
			concrete := pathParam.ReplaceAllString(p, "x")
			req, _ := http.NewRequest(strings.ToUpper(m), concrete, nil)
			if _, pat := ts.mux.Handler(req); pat == "/" || pat == "" {
				t.Errorf("%s %s (as %s) reaches no route", m, p, concrete)
			}
		}
	}
	sort.Strings(documented)
	if len(documented) != len(ts.Routes()) {
		t.Errorf("%d documented operations, %d routes: %v", len(documented), len(ts.Routes()), documented)
	}
	// Every $ref resolves.
	raw := string(openapiJSON)
	for _, m := range regexp.MustCompile(`"\$ref":\s*"#/components/(\w+)/(\w+)"`).FindAllStringSubmatch(raw, -1) {
		if _, ok := doc.Components[m[1]][m[2]]; !ok {
			t.Errorf("unresolved $ref %s/%s", m[1], m[2])
		}
	}
}

// TestOpenAPIAnswers checks that the documented status codes and media types
// are what the server sends for a few representative calls.
func TestOpenAPIAnswers(t *testing.T) {
	ts := newTestServer(t, Config{})
	var doc openapiDoc
	ts.get(t, "/api/openapi.json", 200, &doc)
	responses := func(method, path string) map[string]struct {
		Content map[string]json.RawMessage `json:"content"`
	} {
		var op struct {
			Responses map[string]struct {
				Content map[string]json.RawMessage `json:"content"`
			} `json:"responses"`
		}
		json.Unmarshal(doc.Paths[path][method], &op)
		return op.Responses
	}
	for _, c := range []struct{ method, path, target string }{
		{"get", "/api/documents", "/api/documents?q=Kazakistan"},
		{"get", "/api/documents", "/api/documents?from=bad"},
		{"get", "/api/documents/{id}", "/api/documents/none"},
		{"get", "/api/entities", "/api/entities"},
		{"get", "/api/entities/{id}", "/api/entities/none"},
		{"get", "/api/events", "/api/events?quad=nope"},
		{"get", "/api/timeline", "/api/timeline?by=quad"},
		{"get", "/api/network", "/api/network"},
		{"get", "/api/export", "/api/export?format=csv"},
		{"get", "/api/export", "/api/export?format=graphml"},
		{"get", "/healthz", "/healthz"},
		{"get", "/metrics", "/metrics"},
		{"post", "/api/documents", "/api/documents"},
	} {
		w := ts.do(strings.ToUpper(c.method), c.target, strings.NewReader("x"), "Content-Type", "text/plain", "Accept", "application/json")
		code := http.StatusText(w.Code)
		resp, ok := responses(c.method, c.path)[strings.TrimSpace(strings.Split(w.Result().Status, " ")[0])]
		if !ok {
			t.Errorf("%s %s: status %d (%s) is not documented", c.method, c.target, w.Code, code)
			continue
		}
		ct := strings.TrimSpace(strings.Split(w.Header().Get("Content-Type"), ";")[0])
		if _, ok := resp.Content[ct]; !ok && len(resp.Content) > 0 {
			t.Errorf("%s %s: %d with %s, documented %v", c.method, c.target, w.Code, ct, keys(resp.Content))
		}
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
