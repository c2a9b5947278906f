package kb

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/clipperhouse/uax29/v2/words"
)

//go:embed data/generated.tsv.gz data/curated/*.tsv data/*.tsv data/*/*.tsv
var dataFS embed.FS

// Languages are the languages whose names, adjectives and patterns are
// matched in running text.
var Languages = []string{"it", "en", "fr", "es", "de", "ru"}

// Entity is one entry of the knowledge base.
type Entity struct {
	ID       string
	Type     string // COUNTRY, ORG, PERSON, LOCATION
	Name     string // canonical English name
	Country  string // ISO 3166-1 alpha-3, when known
	Sector   string // CAMEO sector: GOV, MIL, COP, LEG, JUD, IGO, REB...
	Wikidata string
	Roles    []Role
	// Org is the organisation an organ belongs to (the European Commission
	// is the EU's): its acts are the organisation's.
	Org string
	// Demonym is the English adjective of a country (for naming its bodies).
	Demonym string
	// Capital is the English name of a country's capital.
	Capital string
}

// Role is a position a person held: Code is HOS (head of state), HOG (head
// of government), FM (foreign minister), DEF (defence minister), SG
// (secretary general of an organisation) or a CAMEO actor code from
// Phoenix. From and To are YYYY-MM-DD; empty means open.
type Role struct {
	Code, Country, Sector, From, To string
}

// Name is one way of writing an entity. Langs lists the languages that use
// it ("it", "en"...; "*" any; "native" and "alt" from world-countries; "x"
// another CLDR locale, kept but not matched). Kind is n (name), a
// (abbreviation), j (adjective), m (metonym).
type Name struct {
	Langs []string
	Kind  byte
	Text  string
}

// record is an entity as read from a data file, before indexing.
type record struct {
	Entity
	Names  []Name
	source string // generated, curated or user
}

// Body is a kind of state body found by pattern (ministries, armed forces,
// police, parliament...).
type Body struct {
	Code, Sector, Template string
}

// KB is the loaded knowledge base with its matcher. It is read-only after
// Load and safe for concurrent use.
type KB struct {
	Entities []Entity
	byID     map[string]int32
	bodies   map[string]*Body
	roles    map[string]*roleDef
	holders  map[string][]int32 // "KAZ/HOS" -> people who held the role
	m        *matcher
	// words holds the function words the linker needs (connectors such as
	// "of"/"della", locative prepositions, "former"), all languages
	// together; langWords the same per language ("es|MOTION").
	words     map[string]map[string]bool
	langWords map[string]map[string]bool
}

type roleDef struct {
	Code, Sector, Title string
}

var (
	defaultOnce sync.Once
	defaultKB   *KB
	defaultErr  error
)

// Default returns the built-in knowledge base, loaded once.
func Default() (*KB, error) {
	defaultOnce.Do(func() { defaultKB, defaultErr = Load() })
	return defaultKB, defaultErr
}

// Load builds the knowledge base from the embedded data and the user files
// (YAML or CSV, see doc.go) given, which add entries or override them.
func Load(userFiles ...string) (*KB, error) {
	recs, err := loadRecords()
	if err != nil {
		return nil, err
	}
	for _, f := range userFiles {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("kb file: %w", err)
		}
		us, err := ParseUserFile(f, raw)
		if err != nil {
			return nil, fmt.Errorf("kb file %s: %w", f, err)
		}
		recs = merge(recs, us, "user")
	}
	return build(recs)
}

func loadRecords() ([]*record, error) {
	f, err := dataFS.Open("data/generated.tsv.gz")
	if err != nil {
		return nil, fmt.Errorf("kb: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("kb: generated data: %w", err)
	}
	recs, err := parseRecords(zr, "generated")
	if err != nil {
		return nil, fmt.Errorf("kb: generated data: %w", err)
	}
	files, _ := fs.Glob(dataFS, "data/curated/*.tsv")
	sort.Strings(files)
	for _, name := range files {
		raw, _ := dataFS.ReadFile(name)
		cur, err := parseRecords(bytes.NewReader(raw), "curated")
		if err != nil {
			return nil, fmt.Errorf("kb: %s: %w", name, err)
		}
		recs = merge(recs, cur, "curated")
	}
	// Per-language adjectives: "ISO3<TAB>forms".
	byID := index(recs)
	for _, lang := range Languages {
		raw, err := dataFS.ReadFile("data/" + lang + "/adjectives.tsv")
		if err != nil {
			continue
		}
		err = eachLine(raw, func(fields []string) error {
			if len(fields) < 2 {
				return fmt.Errorf("want ISO3<TAB>forms")
			}
			r := byID[fields[0]]
			if r == nil {
				return fmt.Errorf("unknown country %s", fields[0])
			}
			for _, f := range strings.FieldsFunc(strings.Join(fields[1:], " "), func(r rune) bool { return r == '|' || r == ' ' }) {
				for _, form := range expand(f) {
					r.Names = append(r.Names, Name{Langs: []string{lang}, Kind: 'j', Text: form})
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("kb: %s adjectives: %w", lang, err)
		}
	}
	return recs, nil
}

func index(recs []*record) map[string]*record {
	m := make(map[string]*record, len(recs))
	for _, r := range recs {
		m[r.ID] = r
	}
	return m
}

// eachLine calls fn with the tab-separated fields of every line that is not
// blank or a # comment.
func eachLine(raw []byte, fn func([]string) error) error {
	for i, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("line %d: %w", i+1, err)
		}
	}
	return nil
}

// expand writes out a brace pattern: "russ{o,a,i,e}" → russo russa russi russe.
func expand(s string) []string {
	i := strings.IndexByte(s, '{')
	j := strings.IndexByte(s, '}')
	if i < 0 || j < i {
		return []string{strings.ReplaceAll(s, "_", " ")}
	}
	var out []string
	for _, alt := range strings.Split(s[i+1:j], ",") {
		out = append(out, expand(s[:i]+alt+s[j+1:])...)
	}
	return out
}

// parseRecords reads the E/N/R line format (see doc.go).
func parseRecords(r io.Reader, source string) ([]*record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var out []*record
	var cur *record
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch f[0] {
		case "E":
			for len(f) < 7 {
				f = append(f, "")
			}
			cur = &record{Entity: Entity{ID: f[1], Type: f[2], Country: f[3], Sector: f[4], Wikidata: f[5], Name: f[6]}, source: source}
			if cur.ID == "" {
				return nil, fmt.Errorf("line %d: entity without id", ln)
			}
			out = append(out, cur)
		case "P":
			// P<TAB>ISO3<TAB>Name<TAB>aliases: a person of a country.
			if len(f) < 3 {
				return nil, fmt.Errorf("line %d: bad person line", ln)
			}
			cur = &record{Entity: Entity{ID: "per:" + slug(f[2]), Type: "PERSON", Country: f[1], Sector: "GOV", Name: f[2]}, source: source}
			cur.Names = append(cur.Names, Name{Langs: []string{"*"}, Kind: 'n', Text: f[2]})
			if len(f) > 3 {
				for _, t := range strings.Split(f[3], "|") {
					if t = strings.TrimSpace(t); t != "" {
						cur.Names = append(cur.Names, Name{Langs: []string{"*"}, Kind: 'n', Text: t})
					}
				}
			}
			out = append(out, cur)
		case "N":
			if cur == nil || len(f) < 4 || len(f[2]) != 1 {
				return nil, fmt.Errorf("line %d: bad name line", ln)
			}
			langs := strings.Split(f[1], ",")
			if f[1] == "x" {
				continue // other CLDR locales: kept in the file, not matched
			}
			for _, t := range strings.Split(f[3], "|") {
				if t = strings.TrimSpace(t); t != "" {
					cur.Names = append(cur.Names, Name{Langs: langs, Kind: f[2][0], Text: t})
				}
			}
		case "O":
			// O<TAB>id: the organisation the entity is an organ of.
			if cur == nil || len(f) < 2 || f[1] == "" {
				return nil, fmt.Errorf("line %d: bad organisation line", ln)
			}
			cur.Org = f[1]
		case "R":
			if cur == nil || len(f) < 2 {
				return nil, fmt.Errorf("line %d: bad role line", ln)
			}
			for len(f) < 6 {
				f = append(f, "")
			}
			ro := Role{Code: f[1], Country: f[2], Sector: f[3], From: f[4], To: f[5]}
			if ro.Country == "" {
				ro.Country = cur.Country
			}
			if ro.Sector == "" {
				ro.Sector = "GOV"
				if ro.Code == "SG" {
					ro.Sector = "IGO"
				}
			}
			cur.Roles = append(cur.Roles, ro)
		default:
			return nil, fmt.Errorf("line %d: unknown record %q", ln, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	return out, nil
}

// merge adds recs to base: a record whose id exists updates the non-empty
// fields and adds its names and roles; others are appended.
func merge(base, add []*record, source string) []*record {
	byID := index(base)
	for _, r := range add {
		if old := byID[r.ID]; old != nil {
			if r.Type != "" {
				old.Type = r.Type
			}
			if r.Name != "" {
				old.Name = r.Name
			}
			if r.Country != "" {
				old.Country = r.Country
			}
			if r.Sector != "" {
				old.Sector = r.Sector
			}
			if r.Wikidata != "" {
				old.Wikidata = r.Wikidata
			}
			if r.Org != "" {
				old.Org = r.Org
			}
			old.Names = append(old.Names, r.Names...)
			old.Roles = append(old.Roles, r.Roles...)
			if source != "generated" {
				old.source = source
			}
			continue
		}
		r.source = source
		if r.Name == "" && len(r.Names) > 0 {
			r.Name = r.Names[0].Text
		}
		if r.Type == "" {
			r.Type = "ORG"
		}
		base = append(base, r)
		byID[r.ID] = r
	}
	return base
}

// matched reports whether a name in langs is matched in running text.
func matched(langs []string) bool {
	for _, l := range langs {
		switch l {
		case "it", "en", "fr", "es", "de", "ru", "native", "alt", "*":
			return true
		}
	}
	return false
}

// nameWords splits a name into the words the matcher compares, with the
// same rules as the text: dashes skipped, elisions and possessives removed.
// ok is false when the name holds punctuation that text matching never
// crosses (commas, brackets).
func nameWords(s string) (ws []string, ok bool) {
	it := words.FromString(s)
	for it.Next() {
		v := it.Value()
		if strings.TrimSpace(v) == "" || isDash(v) {
			continue
		}
		if !hasAlnum(v) {
			if v == "." || v == "'" || v == "’" {
				continue
			}
			return nil, false
		}
		a, b := splitWord(v)
		ws = append(ws, v[a:b])
	}
	return ws, len(ws) > 0
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// loadLangTable reads data/<lang>/<file> for every language as CODE<TAB>forms
// (forms separated by |, brace patterns allowed).
func loadLangTable(file string, fn func(lang, code string, forms []string) error) error {
	for _, lang := range Languages {
		raw, err := dataFS.ReadFile(path.Join("data", lang, file))
		if err != nil {
			continue
		}
		err = eachLine(raw, func(f []string) error {
			if len(f) < 2 {
				return fmt.Errorf("want CODE<TAB>forms")
			}
			var forms []string
			for _, x := range strings.Split(f[1], "|") {
				if x = strings.TrimSpace(x); x != "" {
					forms = append(forms, expand(x)...)
				}
			}
			return fn(lang, f[0], forms)
		})
		if err != nil {
			return fmt.Errorf("kb: %s/%s: %w", lang, file, err)
		}
	}
	return nil
}
