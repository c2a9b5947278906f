// Command kbgen builds the generated part of the entity knowledge base,
// analyze/kb/data/generated.tsv.gz, from the shared dictionaries:
//
//   - ../shared/data/kb/cldr-territories/*.json (country names in every CLDR locale),
//   - ../shared/data/kb/world-countries.json (official, native and alternative names, capitals),
//   - ../shared/data/kb/supraverden-igos.yaml (international organisations),
//   - ../shared/data/phoenix/Phoenix.Countries.actors.txt and
//     Phoenix.International.actors.txt (people with dated CAMEO roles).
//
// Run it from the repository root:
//
//	go run ./internal/kbgen [-shared ../shared] [-out analyze/kb/data/generated.tsv.gz]
//
// The output format is described in analyze/kb/doc.go. The curated files of
// the project (adjectives, abbreviations, capitals, people up to 2025, body
// patterns) are not merged here: the kb package loads them beside it.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/vedetta/vedetta/analyze/kb"
)

// supported are the languages whose names are matched in running text; names
// from other locales are kept with their locale code.
var supported = map[string]bool{"it": true, "en": true, "fr": true, "es": true, "de": true, "ru": true}

// wcLang maps world-countries translation keys (ISO 639-3) to ours.
var wcLang = map[string]string{"ita": "it", "eng": "en", "fra": "fr", "spa": "es", "deu": "de", "rus": "ru"}

type entity struct {
	id, typ, country, sector, wikidata, name string
	names                                    []name
	roles                                    []role
	seen                                     map[string]int // name text -> index in names
}

type name struct {
	langs []string
	kind  string // n name, a abbreviation, m metonym
	text  string
}

type role struct {
	code, country, sector, from, to string
}

func (e *entity) add(lang, kind, text string) {
	text = strings.Join(strings.Fields(text), " ")
	if text == "" || strings.ContainsAny(text, "\t\n|") {
		return
	}
	if e.seen == nil {
		e.seen = map[string]int{}
	}
	key := kind + "\x00" + text
	if i, ok := e.seen[key]; ok {
		n := &e.names[i]
		for _, l := range n.langs {
			if l == lang {
				return
			}
		}
		n.langs = append(n.langs, lang)
		return
	}
	e.seen[key] = len(e.names)
	e.names = append(e.names, name{langs: []string{lang}, kind: kind, text: text})
}

func main() {
	shared := flag.String("shared", "../shared", "the shared data folder")
	out := flag.String("out", "analyze/kb/data/generated.tsv.gz", "output file")
	flag.Parse()
	var ents []*entity
	cs, err := countries(*shared)
	if err != nil {
		fail(err)
	}
	ents = append(ents, cs...)
	igos, err := organisations(*shared)
	if err != nil {
		fail(err)
	}
	ents = append(ents, igos...)
	people, err := phoenixPeople(*shared)
	if err != nil {
		fail(err)
	}
	ents = append(ents, people...)
	if err := write(*out, ents); err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "kbgen: %d countries, %d organisations, %d people -> %s\n", len(cs), len(igos), len(people), *out)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "kbgen:", err)
	os.Exit(1)
}

// --- countries ---------------------------------------------------------------

type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
		Native   map[string]struct {
			Official string `json:"official"`
			Common   string `json:"common"`
		} `json:"native"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	CCA3         string   `json:"cca3"`
	Independent  bool     `json:"independent"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Translations map[string]struct {
		Official string `json:"official"`
		Common   string `json:"common"`
	} `json:"translations"`
	Demonyms map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func countries(shared string) ([]*entity, error) {
	raw, err := os.ReadFile(filepath.Join(shared, "data/kb/world-countries.json"))
	if err != nil {
		return nil, fmt.Errorf("world-countries: %w", err)
	}
	var wc []wcCountry
	if err := json.Unmarshal(raw, &wc); err != nil {
		return nil, fmt.Errorf("world-countries: %w", err)
	}
	sort.Slice(wc, func(i, j int) bool { return wc[i].CCA3 < wc[j].CCA3 })
	by2 := map[string]*entity{}
	var out []*entity
	// A territory that shares its demonym with an independent country
	// ("French" for the French Southern Lands, "American" for the Northern
	// Mariana Islands) does not get it: the word names the state.
	// Forms are compared without case and accents, in either language, as
	// the linker matches them (the data's French "Américan" is "American").
	stateDemonym := map[string]bool{}
	key := func(s string) string { return foldASCII(strings.ToLower(s)) }
	for _, c := range wc {
		if !c.Independent {
			continue
		}
		for _, l := range []string{"eng", "fra"} {
			if d, ok := c.Demonyms[l]; ok {
				stateDemonym[key(d.M)] = true
				stateDemonym[key(d.F)] = true
			}
		}
	}
	demonym := func(c wcCountry, s string) bool {
		return s != "" && (c.Independent || !stateDemonym[key(s)])
	}
	for _, c := range wc {
		e := &entity{id: c.CCA3, typ: "COUNTRY", country: c.CCA3, name: c.Name.Common}
		e.add("en", "n", c.Name.Common)
		e.add("en", "n", c.Name.Official)
		langs := make([]string, 0, len(c.Name.Native))
		for l := range c.Name.Native {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		for _, l := range langs {
			nv := c.Name.Native[l]
			e.add("native", "n", nv.Common)
			e.add("native", "n", nv.Official)
		}
		tl := make([]string, 0, len(c.Translations))
		for l := range c.Translations {
			tl = append(tl, l)
		}
		sort.Strings(tl)
		for _, l := range tl {
			lang, ok := wcLang[l]
			if !ok {
				lang = "x-" + l
			}
			e.add(lang, "n", c.Translations[l].Common)
			e.add(lang, "n", c.Translations[l].Official)
		}
		for _, s := range c.AltSpellings {
			if len(s) <= 3 && strings.ToUpper(s) == s {
				continue // ISO codes such as KZ: far too ambiguous in text
			}
			e.add("alt", "n", s)
		}
		// Demonyms: English ones as written, French ones in lower case
		// (adjectives) with their plurals.
		if d, ok := c.Demonyms["eng"]; ok {
			for _, f := range []string{d.M, d.F} {
				if demonym(c, f) {
					e.add("en", "j", f)
				}
			}
		}
		if d, ok := c.Demonyms["fra"]; ok {
			for _, f := range []string{d.M, d.F} {
				if !demonym(c, f) {
					continue
				}
				f = strings.ToLower(f)
				e.add("fr", "j", f)
				if !strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "x") {
					e.add("fr", "j", f+"s")
				}
			}
		}
		// Capitals stand for their state only for independent countries,
		// and not when they bear the country's name (Kuwait, Monaco).
		for _, cap := range c.Capital {
			if c.Independent && !strings.Contains(cap, c.Name.Common) && !strings.Contains(c.Name.Common, cap) {
				e.add("en", "m", cap)
			}
		}
		by2[c.CCA2] = e
		out = append(out, e)
	}
	files, err := filepath.Glob(filepath.Join(shared, "data/kb/cldr-territories/*.json"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("cldr-territories: no files (%v)", err)
	}
	sort.Strings(files)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("cldr: %w", err)
		}
		var doc struct {
			Main map[string]struct {
				LocaleDisplayNames struct {
					Territories map[string]string `json:"territories"`
				} `json:"localeDisplayNames"`
			} `json:"main"`
		}
		if err := json.Unmarshal(raw, &doc); err != nil {
			return nil, fmt.Errorf("cldr %s: %w", filepath.Base(f), err)
		}
		for loc, m := range doc.Main {
			lang := loc
			if !supported[loc] {
				lang = "x-" + loc
			}
			keys := make([]string, 0, len(m.LocaleDisplayNames.Territories))
			for k := range m.LocaleDisplayNames.Territories {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				code, _, _ := strings.Cut(k, "-alt-")
				e := by2[code]
				if e == nil {
					continue
				}
				v := m.LocaleDisplayNames.Territories[k]
				kind := "n"
				if isAcronym(v) {
					kind = "a"
				}
				e.add(lang, kind, v)
			}
		}
	}
	return out, nil
}

// isAcronym reports whether s is written in capitals only (USA, UK, RDC).
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		} else if r != '.' && r != '-' && r != ' ' {
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

// --- international organisations ----------------------------------------------

func organisations(shared string) ([]*entity, error) {
	raw, err := os.ReadFile(filepath.Join(shared, "data/kb/supraverden-igos.yaml"))
	if err != nil {
		return nil, fmt.Errorf("supraverden: %w", err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("supraverden: %w", err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("supraverden: not a mapping")
	}
	top := doc.Content[0]
	var out []*entity
	seenID := map[string]bool{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		title := top.Content[i].Value
		var m map[string]any
		if err := top.Content[i+1].Decode(&m); err != nil {
			return nil, fmt.Errorf("supraverden %s: %w", title, err)
		}
		qid, _ := m["Wikidata_code"].(string)
		en, _ := m["Name_en"].(string)
		if en == "" {
			en = title
		}
		id := "igo:" + qid
		if qid == "" || seenID[id] {
			id = "igo:" + slug(en)
		}
		seenID[id] = true
		e := &entity{id: id, typ: "ORG", sector: "IGO", wikidata: qid, name: en}
		e.add("en", "n", en)
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			v, ok := m[k].(string)
			if !ok || v == "" {
				continue
			}
			var kind string
			switch {
			case strings.HasPrefix(k, "Name_"):
				kind = "n"
			case strings.HasPrefix(k, "Abbreviation_"):
				kind = "a"
			default:
				continue
			}
			lang := k[strings.LastIndexByte(k, '_')+1:]
			if strings.Contains(k, "_former_") {
				lang = "x-former-" + lang
			}
			if !supported[lang] && !strings.HasPrefix(lang, "x-") {
				lang = "x-" + lang
			}
			e.add(lang, kind, v)
		}
		out = append(out, e)
	}
	return out, nil
}

var nonWord = regexp.MustCompile(`[^a-z0-9]+`)

func slug(s string) string {
	return strings.Trim(nonWord.ReplaceAllString(strings.ToLower(foldASCII(s)), "-"), "-")
}

func foldASCII(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteRune(r)
			continue
		}
		switch r {
		case 'à', 'á', 'â', 'ä', 'ã', 'å':
			b.WriteByte('a')
		case 'è', 'é', 'ê', 'ë':
			b.WriteByte('e')
		case 'ì', 'í', 'î', 'ï':
			b.WriteByte('i')
		case 'ò', 'ó', 'ô', 'ö', 'õ', 'ø':
			b.WriteByte('o')
		case 'ù', 'ú', 'û', 'ü':
			b.WriteByte('u')
		case 'ç':
			b.WriteByte('c')
		case 'ñ':
			b.WriteByte('n')
		default:
			b.WriteByte('-')
		}
	}
	return b.String()
}

// --- Phoenix people --------------------------------------------------------------

var codeRE = regexp.MustCompile(`\[([A-Z~-]{3,})\s*([<>]?\d{6,8})?(?:-(\d{6,8}))?\s*\]`)

// phoenixPeople reads the people of the Phoenix actor dictionaries: entries
// whose comment marks them as drawn from CountryInfo (country leaders and
// officials) or IGOrulers (heads of international organisations), with their
// dated role codes.
func phoenixPeople(shared string) ([]*entity, error) {
	var out []*entity
	seen := map[string]*entity{}
	for _, file := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"} {
		f, err := os.Open(filepath.Join(shared, "data/phoenix", file))
		if err != nil {
			return nil, fmt.Errorf("phoenix: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		var cur *entity
		flush := func() {
			if cur == nil {
				return
			}
			if len(cur.roles) > 0 && len(cur.names) > 0 {
				if prev := seen[cur.id]; prev != nil {
					for _, n := range cur.names {
						prev.add("en", n.kind, n.text)
					}
					prev.roles = append(prev.roles, cur.roles...)
				} else {
					seen[cur.id] = cur
					out = append(out, cur)
				}
			}
			cur = nil
		}
		for sc.Scan() {
			line := sc.Text()
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			body, comment, _ := strings.Cut(line, "#")
			switch {
			case line[0] == '+':
				if cur != nil {
					addPhoenixAlias(cur, strings.TrimSpace(body[1:]))
				}
			case line[0] == '\t' || line[0] == ' ':
				if cur != nil {
					addCodes(cur, body)
				}
			default:
				flush()
				if !strings.Contains(comment, "CountryInfo") && !strings.Contains(comment, "IGOrulers") {
					continue
				}
				head := body
				if i := strings.IndexByte(head, '['); i >= 0 {
					head = head[:i]
				}
				head = strings.TrimSpace(head)
				if strings.ContainsAny(head, ",") {
					continue
				}
				nm := phoenixName(head)
				if nm == "" || !strings.Contains(nm, " ") {
					continue
				}
				cur = &entity{id: "per:" + slug(nm), typ: "PERSON", name: nm}
				cur.add("en", "n", nm)
				addCodes(cur, body)
			}
		}
		flush()
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("phoenix %s: %w", file, err)
		}
	}
	for _, e := range out {
		// The country and sector of a person are those of the latest role.
		best := -1
		for i, r := range e.roles {
			if r.country == "" {
				continue
			}
			if best < 0 || laterRole(r, e.roles[best]) {
				best = i
			}
		}
		if best >= 0 {
			e.country, e.sector = e.roles[best].country, e.roles[best].sector
		}
	}
	return out, nil
}

func laterRole(a, b role) bool { return kb.LaterTerm(a.from, a.to, b.from, b.to) }

var roleWords = map[string]bool{"PRESIDENT": true, "MINISTER": true, "AMBASSADOR": true, "SECRETARY": true,
	"GENERAL": false, "PRIME": true, "FOREIGN": true, "CHAIRMAN": true, "LEADER": true, "SPOKESMAN": true,
	"KING": false, "DEPUTY": true, "VICE": true, "GOVERNOR": true, "SECRETARY-GENERAL": true, "FORMER": true,
	"SENATOR": true, "MR.": true, "DR.": true, "THE": true, "PREMIER": true, "COMMANDER": true}

func addPhoenixAlias(e *entity, raw string) {
	raw = strings.TrimSpace(raw)
	if i := strings.IndexByte(raw, '['); i >= 0 {
		raw = raw[:i]
	}
	for _, w := range strings.Split(strings.Trim(raw, "_ "), "_") {
		if roleWords[w] {
			return // role-prefixed aliases are handled by role phrases
		}
	}
	nm := phoenixName(raw)
	if nm == "" || strings.Count(nm, " ") > 4 {
		return
	}
	e.add("en", "n", nm)
}

func phoenixName(raw string) string {
	raw = strings.Trim(strings.TrimSpace(raw), "_")
	if raw == "" || strings.ContainsAny(raw, "!{}()&") {
		return ""
	}
	parts := strings.FieldsFunc(raw, func(r rune) bool { return r == '_' || r == ' ' })
	for i, p := range parts {
		parts[i] = titleWord(p)
	}
	return strings.Join(parts, " ")
}

// titleWord turns NAZARBAYEV into Nazarbayev, AL-BURHAN into al-Burhan.
func titleWord(w string) string {
	sub := strings.Split(strings.ToLower(w), "-")
	for i, s := range sub {
		if s == "" {
			continue
		}
		if (s == "al" || s == "el" || s == "bin" || s == "ibn" || s == "abu" || s == "de" || s == "van" || s == "von" || s == "der" || s == "la" || s == "le" || s == "da" || s == "di" || s == "du") && i < len(sub)-1 {
			continue
		}
		r, n := utf8.DecodeRuneInString(s)
		sub[i] = string(unicode.ToUpper(r)) + s[n:]
	}
	out := strings.Join(sub, "-")
	if len(sub) == 1 && (out == "al" || out == "bin" || out == "de" || out == "van" || out == "von" || out == "der" || out == "da" || out == "di" || out == "du" || out == "la" || out == "le" || out == "el") {
		return out
	}
	return out
}

func addCodes(e *entity, s string) {
	for _, m := range codeRE.FindAllStringSubmatch(s, -1) {
		code := strings.TrimPrefix(m[1], "~")
		if len(code) < 3 || strings.HasPrefix(code, "---") {
			continue
		}
		r := role{code: code}
		switch {
		case strings.HasPrefix(code, "IGO"):
			r.sector = "IGO"
			if len(code) >= 6 {
				r.sector = "IGO" // the organisation code follows; kept whole in code
			}
		case len(code) >= 6:
			r.country, r.sector = code[:3], code[3:6]
		case len(code) == 3 && code != "ELI":
			r.country = code
		default:
			continue
		}
		d1 := m[2]
		switch {
		case strings.HasPrefix(d1, ">"):
			r.from = phoenixDate(d1[1:])
		case strings.HasPrefix(d1, "<"):
			r.to = phoenixDate(d1[1:])
		case d1 != "":
			r.from = phoenixDate(d1)
		}
		if m[3] != "" {
			r.to = phoenixDate(m[3])
		}
		if r.sector == "ELI" && r.from == "" && r.to == "" {
			continue // undated "elite" markers say nothing of a role
		}
		e.roles = append(e.roles, r)
	}
}

// phoenixDate reads YYMMDD (years up to 14 are 20YY, the files date from
// 2014) or YYYYMMDD as YYYY-MM-DD.
func phoenixDate(s string) string {
	if len(s) == 6 {
		c := "19"
		if s[:2] <= "14" {
			c = "20"
		}
		s = c + s
	}
	if len(s) != 8 {
		return ""
	}
	return s[:4] + "-" + s[4:6] + "-" + s[6:]
}

// --- output ----------------------------------------------------------------------

func write(path string, ents []*entity) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# Generated by go run ./internal/kbgen from ../shared/data/kb (CLDR: Unicode licence; world-countries: ODbL 1.0; supraverden: CC BY-SA 4.0) and ../shared/data/phoenix (MIT). Do not edit.")
	for _, e := range ents {
		fmt.Fprintf(w, "E\t%s\t%s\t%s\t%s\t%s\t%s\n", e.id, e.typ, e.country, e.sector, e.wikidata, e.name)
		for _, n := range e.names {
			fmt.Fprintf(w, "N\t%s\t%s\t%s\n", langTags(n.langs), n.kind, n.text)
		}
		for _, r := range e.roles {
			fmt.Fprintf(w, "R\t%s\t%s\t%s\t%s\t%s\n", r.code, r.country, r.sector, r.from, r.to)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return f.Close()
}

// langTags keeps the supported languages and the native/alt markers of a
// name and folds every other CLDR locale into "x" (kept, not matched).
func langTags(langs []string) string {
	var out []string
	other := false
	for _, l := range langs {
		if strings.HasPrefix(l, "x-") {
			other = true
			continue
		}
		out = append(out, l)
	}
	if other {
		out = append(out, "x")
	}
	return strings.Join(out, ",")
}
