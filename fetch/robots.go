package fetch

import (
	"bufio"
	"bytes"
	"strings"
)

// Robots is a parsed robots.txt (RFC 9309): the rules of the group that
// applies to one user agent.
type Robots struct {
	rules []robotsRule
}

type robotsRule struct {
	allow bool
	path  string // as written: may hold * and end with $
}

// ParseRobots reads a robots.txt body and keeps the group for the product
// token agent ("vedetta"), or else the "*" group. Lines it does not
// understand are skipped, as the RFC asks.
func ParseRobots(body []byte, agent string) *Robots {
	agent = strings.ToLower(agent)
	var mine, star []robotsRule
	haveMine := false
	var groupAgents []string
	inRules := false
	var cur []robotsRule
	flush := func() {
		for _, a := range groupAgents {
			switch {
			case a == agent:
				mine = append(mine, cur...)
				haveMine = true
			case a == "*":
				star = append(star, cur...)
			}
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if inRules { // a new group starts
				flush()
				groupAgents, cur, inRules = nil, nil, false
			}
			// the product token: "Vedetta/0.1" names "vedetta"
			tok, _, _ := strings.Cut(strings.ToLower(val), "/")
			groupAgents = append(groupAgents, strings.TrimSpace(tok))
		case "allow", "disallow":
			inRules = true
			if val == "" && key == "disallow" {
				continue // "Disallow:" with no path allows everything
			}
			if val != "" {
				cur = append(cur, robotsRule{allow: key == "allow", path: val})
			}
		}
	}
	flush()
	if haveMine {
		return &Robots{rules: mine}
	}
	return &Robots{rules: star}
}

// Allowed reports whether path (with its query) may be fetched: the
// longest matching rule decides, allow winning a tie; no rule allows.
func (r *Robots) Allowed(path string) bool {
	if r == nil || path == "/robots.txt" {
		return true
	}
	if path == "" {
		path = "/"
	}
	best, allow := -1, true
	for _, ru := range r.rules {
		if !robotsMatch(ru.path, path) {
			continue
		}
		if n := len(ru.path); n > best || n == best && ru.allow {
			best, allow = n, ru.allow
		}
	}
	return allow
}

// robotsMatch matches a rule path against a URL path: a prefix match where
// * stands for any run of characters and a final $ anchors the end.
func robotsMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	}
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for i, p := range parts[1:] {
		if i == len(parts)-2 && anchored {
			return strings.HasSuffix(rest, p)
		}
		k := strings.Index(rest, p)
		if k < 0 {
			return false
		}
		rest = rest[k+len(p):]
	}
	return !anchored || rest == ""
}
