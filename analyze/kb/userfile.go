package kb

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// UserEntry is one entry of a user knowledge-base file. An entry whose id
// exists in the knowledge base overrides its non-empty fields and adds its
// names and roles; a new id adds an entity.
type UserEntry struct {
	ID            string     `yaml:"id"`
	Type          string     `yaml:"type"` // COUNTRY, ORG, PERSON, LOCATION (default ORG, PERSON for per: ids)
	Name          string     `yaml:"name"` // canonical English name
	Country       string     `yaml:"country"`
	Sector        string     `yaml:"sector"`
	Wikidata      string     `yaml:"wikidata"`
	Lang          string     `yaml:"lang"` // languages of the names, comma-separated; default any
	Names         []string   `yaml:"names"`
	Abbreviations []string   `yaml:"abbreviations"`
	Adjectives    []string   `yaml:"adjectives"`
	Metonyms      []string   `yaml:"metonyms"`
	Roles         []UserRole `yaml:"roles"`
}

// UserRole is a dated role of a person: Role is HOS, HOG, FM, DEF, SG or
// another code; Country is an ISO3 code or an organisation id; dates are
// YYYY-MM-DD (or YYYY-MM, YYYY), empty when open.
type UserRole struct {
	Role    string `yaml:"role"`
	Country string `yaml:"country"`
	Sector  string `yaml:"sector"`
	From    string `yaml:"from"`
	To      string `yaml:"to"`
}

// ParseUserFile reads a user knowledge-base file: YAML (.yaml, .yml; a list
// of entries, or a mapping with an "entities" list) or CSV (.csv; anything
// else that does not look like YAML). YAML:
//
//   - id: per:jane-roe
//     type: PERSON
//     name: Jane Roe
//     country: KAZ
//     names: [Jane Roe, Roe, Джейн Роу]
//     roles:
//   - {role: FM, from: 2025-01-10}
//   - id: igo:Q318693          # extends the CSTO
//     abbreviations: [OTCS]
//
// CSV has a header row naming its columns, in any order, from: id, type,
// name, country, sector, wikidata, lang, names, abbreviations, adjectives,
// metonyms, role, role_country, role_sector, from, to. List columns
// separate their items with "|"; a row with a role adds that one role;
// rows with the same id add up.
func ParseUserFile(name string, raw []byte) ([]*record, error) {
	ext := strings.ToLower(filepath.Ext(name))
	var entries []UserEntry
	var err error
	switch {
	case ext == ".yaml" || ext == ".yml":
		entries, err = parseYAML(raw)
	case ext == ".csv" || ext == ".tsv":
		entries, err = parseCSV(raw, ext == ".tsv")
	default:
		t := bytes.TrimSpace(raw)
		if bytes.HasPrefix(t, []byte("-")) || bytes.HasPrefix(t, []byte("entities:")) || bytes.HasPrefix(t, []byte("---")) {
			entries, err = parseYAML(raw)
		} else {
			entries, err = parseCSV(raw, false)
		}
	}
	if err != nil {
		return nil, err
	}
	out := make([]*record, 0, len(entries))
	for i, e := range entries {
		r, err := e.record()
		if err != nil {
			return nil, fmt.Errorf("entry %d: %w", i+1, err)
		}
		out = append(out, r)
	}
	return out, nil
}

func parseYAML(raw []byte) ([]UserEntry, error) {
	var list []UserEntry
	if err := yaml.Unmarshal(raw, &list); err == nil {
		return list, nil
	}
	var doc struct {
		Entities []UserEntry `yaml:"entities"`
	}
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("yaml: %w", err)
	}
	return doc.Entities, nil
}

func parseCSV(raw []byte, tab bool) ([]UserEntry, error) {
	r := csv.NewReader(bytes.NewReader(raw))
	r.FieldsPerRecord = -1
	r.Comment = '#'
	if tab {
		r.Comma = '\t'
	}
	head, err := r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, fmt.Errorf("csv: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	if _, ok := col["id"]; !ok {
		return nil, errors.New("csv: the header has no id column")
	}
	var out []UserEntry
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("csv: %w", err)
		}
		get := func(k string) string {
			if i, ok := col[k]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		list := func(k string) []string {
			var l []string
			for _, s := range strings.Split(get(k), "|") {
				if s = strings.TrimSpace(s); s != "" {
					l = append(l, s)
				}
			}
			return l
		}
		e := UserEntry{ID: get("id"), Type: get("type"), Name: get("name"), Country: get("country"),
			Sector: get("sector"), Wikidata: get("wikidata"), Lang: get("lang"), Names: list("names"),
			Abbreviations: list("abbreviations"), Adjectives: list("adjectives"), Metonyms: list("metonyms")}
		if ro := get("role"); ro != "" {
			e.Roles = append(e.Roles, UserRole{Role: ro, Country: get("role_country"), Sector: get("role_sector"), From: get("from"), To: get("to")})
		}
		out = append(out, e)
	}
	return out, nil
}

var (
	idRE   = regexp.MustCompile(`^[\p{L}\p{N}:_.\-]{1,100}$`)
	dateRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	codeRE = regexp.MustCompile(`^[A-Za-z0-9:_.\-]{0,64}$`)
	types  = map[string]bool{"": true, "COUNTRY": true, "ORG": true, "PERSON": true, "LOCATION": true}
)

func clean(s string) (string, error) {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "\t\n\r|") {
		return "", fmt.Errorf("%q holds a tab, line break or |", s)
	}
	if len(s) > 300 {
		return "", fmt.Errorf("name of %d bytes is too long", len(s))
	}
	return s, nil
}

func (e UserEntry) record() (*record, error) {
	if !idRE.MatchString(e.ID) {
		return nil, fmt.Errorf("bad or missing id %q", e.ID)
	}
	t := strings.ToUpper(strings.TrimSpace(e.Type))
	if !types[t] {
		return nil, fmt.Errorf("%s: unknown type %q", e.ID, e.Type)
	}
	if t == "" && strings.HasPrefix(e.ID, "per:") {
		t = "PERSON"
	}
	for _, c := range []string{e.Country, e.Sector, e.Wikidata} {
		if !codeRE.MatchString(c) {
			return nil, fmt.Errorf("%s: bad code %q", e.ID, c)
		}
	}
	name, err := clean(e.Name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", e.ID, err)
	}
	r := &record{Entity: Entity{ID: e.ID, Type: t, Name: name, Country: strings.ToUpper(e.Country), Sector: strings.ToUpper(e.Sector), Wikidata: e.Wikidata}}
	langs := []string{"*"}
	if l := strings.TrimSpace(e.Lang); l != "" {
		langs = strings.Split(strings.ReplaceAll(l, " ", ""), ",")
	}
	if name != "" {
		r.Names = append(r.Names, Name{Langs: langs, Kind: 'n', Text: name})
	}
	for _, g := range []struct {
		kind byte
		list []string
	}{{'n', e.Names}, {'a', e.Abbreviations}, {'j', e.Adjectives}, {'m', e.Metonyms}} {
		for _, s := range g.list {
			s, err := clean(s)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", e.ID, err)
			}
			if s != "" {
				r.Names = append(r.Names, Name{Langs: langs, Kind: g.kind, Text: s})
			}
		}
	}
	for _, ro := range e.Roles {
		if !codeRE.MatchString(ro.Role) || ro.Role == "" || !codeRE.MatchString(ro.Country) || !codeRE.MatchString(ro.Sector) {
			return nil, fmt.Errorf("%s: bad role %+v", e.ID, ro)
		}
		for _, d := range []string{ro.From, ro.To} {
			if d != "" && !dateRE.MatchString(d) {
				return nil, fmt.Errorf("%s: bad date %q (want YYYY-MM-DD)", e.ID, d)
			}
		}
		c := ro.Country
		if c == "" {
			c = r.Country
		}
		sec := strings.ToUpper(ro.Sector)
		if sec == "" {
			sec = "GOV"
		}
		to := ro.To
		switch len(to) {
		case 4:
			to += "-12-31"
		case 7:
			to += "-31"
		}
		r.Roles = append(r.Roles, Role{Code: strings.ToUpper(ro.Role), Country: c, Sector: sec, From: ro.From, To: to})
	}
	return r, nil
}
