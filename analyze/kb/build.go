package kb

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// roleCodes are the role codes that date-aware resolution uses.
var roleCodes = map[string]bool{"HOS": true, "HOG": true, "FM": true, "DEF": true, "SG": true, "LEAD": true}

func build(recs []*record) (*KB, error) {
	k := &KB{byID: map[string]int32{}, bodies: map[string]*Body{}, roles: map[string]*roleDef{},
		holders: map[string][]int32{}, m: newMatcher(), words: map[string]map[string]bool{}, langWords: map[string]map[string]bool{}}
	stop := map[string]bool{}
	if raw, err := dataFS.ReadFile("data/stopnames.tsv"); err == nil {
		_ = eachLine(raw, func(f []string) error {
			stop[string(normalize(nil, f[0]))] = true
			return nil
		})
	}
	// A curated person absorbs the Phoenix entry of the same name and
	// country, so that one person has one id.
	phoenix := map[string]*record{}
	for _, r := range recs {
		if r.Type == "PERSON" && r.source == "generated" {
			for _, n := range append([]Name{{Text: r.Name}}, r.Names...) {
				if strings.Contains(n.Text, " ") {
					if _, dup := phoenix[personKey(n.Text, r.Country)]; !dup {
						phoenix[personKey(n.Text, r.Country)] = r
					}
				}
			}
		}
	}
	dropped := map[*record]bool{}
	for _, r := range recs {
		if r.Type != "PERSON" || r.source == "generated" {
			continue
		}
		for _, n := range append([]Name{{Text: r.Name}}, r.Names...) {
			if p := phoenix[personKey(n.Text, r.Country)]; p != nil && p != r && !dropped[p] {
				dropped[p] = true
				r.Names = append(r.Names, p.Names...)
			}
		}
	}
	for _, r := range recs {
		if dropped[r] {
			continue
		}
		idx := int32(len(k.Entities))
		e := r.Entity
		if e.Type == "PERSON" && r.source != "generated" {
			// The sector of a person is that of the latest curated role
			// (Phoenix codes such as KAZGOV stop in 2014).
			var best *Role
			for i, ro := range e.Roles {
				if len(ro.Code) <= 5 && (best == nil || laterRole(ro, *best)) {
					best = &e.Roles[i]
				}
			}
			if best != nil {
				e.Sector = best.Sector
			}
		}
		if e.Type == "COUNTRY" {
			for _, n := range r.Names {
				if n.Kind == 'j' && hasLang(n.Langs, "en") && e.Demonym == "" {
					e.Demonym = n.Text
				}
				if n.Kind == 'm' && len(n.Langs) == 1 && n.Langs[0] == "en" && e.Capital == "" {
					e.Capital = n.Text // world-countries' capital, listed first
				}
			}
		}
		k.Entities = append(k.Entities, e)
		k.byID[e.ID] = idx
		for _, ro := range e.Roles {
			if roleCodes[ro.Code] && ro.Country != "" {
				key := ro.Country + "/" + ro.Code
				k.holders[key] = append(k.holders[key], idx)
			}
		}
		for _, n := range r.Names {
			if !matched(n.Langs) {
				continue
			}
			ws, ok := nameWords(n.Text)
			if !ok {
				continue
			}
			if n.Kind == 'n' && len(ws) == 1 {
				key := string(normalize(nil, ws[0]))
				if stop[key] {
					continue
				}
				min := 3
				if e.Type == "PERSON" {
					min = 4
				}
				if r.source != "generated" {
					min = 2 // curated and user names are taken as written
				}
				if utf8.RuneCountInString(key) < min {
					continue
				}
			}
			o := output{ref: idx, kind: n.Kind}
			switch n.Kind {
			case 'a':
				o.code = n.Text
				o.langs = langBits(n.Langs)
				o.common = len(ws) == 1 && stop[string(normalize(nil, ws[0]))]
			case 'd':
				// A short form that stands for the entity only once the
				// document has named it (the Alliance, il Consiglio).
				o.cap = true
			case 'n', 'm':
				r0, _ := utf8.DecodeRuneInString(n.Text)
				o.cap = unicode.IsUpper(r0)
				if n.Kind == 'm' {
					o.seat = slices.Contains(n.Langs, "seat") // (not hasLang: "*" is no seat)
					for i, w := range ws {
						if r, _ := utf8.DecodeRuneInString(w); i < 32 && unicode.IsUpper(r) {
							o.capMask |= 1 << i
						}
					}
				}
			case 'j':
				// English adjectives are capitalised; others are not.
				r0, _ := utf8.DecodeRuneInString(n.Text)
				o.cap = unicode.IsUpper(r0) && hasLang(n.Langs, "en") && len(n.Langs) == 1
			default:
				continue
			}
			k.m.add(ws, o)
			// German genitive: Russlands, Kasachstans.
			if n.Kind == 'n' && hasLang(n.Langs, "de") {
				last := ws[len(ws)-1]
				if !strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "z") && !strings.HasSuffix(last, "x") {
					gw := append(append([]string(nil), ws[:len(ws)-1]...), last+"s")
					k.m.add(gw, o)
				}
			}
		}
	}
	if err := k.loadPatterns(); err != nil {
		return nil, err
	}
	return k, nil
}

func personKey(name, country string) string {
	return strings.Join(strings.Fields(string(normalize(nil, strings.ReplaceAll(name, "-", " ")))), " ") + "/" + country
}

func hasLang(langs []string, l string) bool {
	for _, x := range langs {
		if x == l || x == "*" {
			return true
		}
	}
	return false
}

// readDefs reads data/<file>, a table of CODE<TAB>SECTOR<TAB>text lines
// (text names the third column in errors).
func readDefs(file, text string, fn func(code, sector, text string)) error {
	raw, err := dataFS.ReadFile("data/" + file)
	if err != nil {
		return fmt.Errorf("kb: %w", err)
	}
	err = eachLine(raw, func(f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("want CODE<TAB>SECTOR<TAB>%s", text)
		}
		fn(f[0], f[1], f[2])
		return nil
	})
	if err != nil {
		return fmt.Errorf("kb: %s: %w", file, err)
	}
	return nil
}

// loadPatterns reads the body and role definitions and their per-language
// forms, and the function words.
func (k *KB) loadPatterns() error {
	err := readDefs("bodies.tsv", "template", func(code, sector, text string) {
		k.bodies[code] = &Body{Code: code, Sector: sector, Template: text}
	})
	if err != nil {
		return err
	}
	err = readDefs("roles.tsv", "title", func(code, sector, text string) {
		k.roles[code] = &roleDef{Code: code, Sector: sector, Title: text}
	})
	if err != nil {
		return err
	}
	err = loadLangTable("bodies.tsv", func(lang, code string, forms []string) error {
		c := strings.TrimSuffix(code, "*")
		if k.bodies[c] == nil && c != "STATE" {
			return fmt.Errorf("unknown body %s", code)
		}
		kind := byte(kindBody)
		if c == "STATE" {
			kind = kindState
		}
		for _, f := range forms {
			ws, ok := nameWords(f)
			if !ok {
				return fmt.Errorf("bad form %q", f)
			}
			// A code ending in * may fall back on the document's country.
			k.m.add(ws, output{ref: -1, kind: kind, code: code})
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = loadLangTable("roles.tsv", func(lang, code string, forms []string) error {
		kind := byte(kindRole)
		if code == "FORMER" {
			kind = kindFormer
		} else if k.roles[code] == nil {
			return fmt.Errorf("unknown role %s", code)
		}
		for _, f := range forms {
			ws, ok := nameWords(f)
			if !ok {
				return fmt.Errorf("bad form %q", f)
			}
			k.m.add(ws, output{ref: -1, kind: kind, code: code})
		}
		return nil
	})
	if err != nil {
		return err
	}
	return loadLangTable("words.tsv", func(lang, code string, forms []string) error {
		for _, key := range []string{code, lang + "|" + code} {
			m := k.words
			if key != code {
				m = k.langWords
			}
			set := m[key]
			if set == nil {
				set = map[string]bool{}
				m[key] = set
			}
			for _, f := range forms {
				set[string(normalize(nil, f))] = true
			}
		}
		return nil
	})
}

// Lookup returns the entity with the given id.
func (k *KB) Lookup(id string) (Entity, bool) {
	i, ok := k.byID[id]
	if !ok {
		return Entity{}, false
	}
	return k.Entities[i], true
}

// Holder returns the person who held role (HOS, HOG, FM, DEF, SG) for the
// country or organisation id on date (YYYY, YYYY-MM or YYYY-MM-DD); ok is
// false when none is known.
func (k *KB) Holder(id, role, date string) (Entity, bool) {
	i := k.holder(id, role, date)
	if i < 0 {
		return Entity{}, false
	}
	return k.Entities[i], true
}

func (k *KB) holder(id, role, date string) int32 {
	if date == "" {
		return -1
	}
	best := int32(-1)
	bestFrom := ""
	for _, i := range k.holders[id+"/"+role] {
		for _, r := range k.Entities[i].Roles {
			if r.Code != role || r.Country != id {
				continue
			}
			if activeOn(r, date) && (best < 0 || r.From > bestFrom) {
				best, bestFrom = i, r.From
			}
		}
	}
	return best
}

// activeOn reports whether role r covers date. A date of lower precision
// (2022-01) is compared by its first day; the role's last day counts.
func activeOn(r Role, date string) bool {
	d := date
	switch len(d) {
	case 4:
		d += "-07-01"
	case 7:
		d += "-15"
	}
	if r.From != "" && d < r.From {
		return false
	}
	if r.To != "" && d > r.To {
		return false
	}
	return true
}

func laterRole(a, b Role) bool { return LaterTerm(a.From, a.To, b.From, b.To) }

// LaterTerm reports whether the term [fromA, toA] is the later one: it ends
// later (an open end, "", is the latest), or ends with b and starts later.
func LaterTerm(fromA, toA, fromB, toB string) bool {
	if toA == "" {
		toA = "9999"
	}
	if toB == "" {
		toB = "9999"
	}
	if toA != toB {
		return toA > toB
	}
	return fromA > fromB
}
