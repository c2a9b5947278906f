package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	"github.com/vedetta/vedetta"
	"golang.org/x/text/unicode/norm"
)

// Entity classes scored against pages-dev gold.
var EntityClasses = []string{"COUNTRY", "ORG", "GOV", "ARMED_GROUP", "PERSON"}

// armedSectors are the CAMEO sectors of non-state armed groups.
var armedSectors = map[string]bool{"REB": true, "INS": true, "UAF": true, "SEP": true, "MIL_NS": true}

// unscoredSectors are organisations the gold does not annotate: media and
// news agencies, companies, political parties, NGOs, schools.
var unscoredSectors = map[string]bool{"MED": true, "BUS": true, "PTY": true, "NGO": true, "EDU": true}

// EntityClass maps a system entity to a gold class: COUNTRY and PERSON as
// they are; an ORG of sector IGO (or none) is ORG; an ORG of an armed-group
// sector (REB, INS, UAF, SEP) is ARMED_GROUP; media, companies, parties,
// NGOs and schools (MED, BUS, PTY, NGO, EDU), which the gold leaves out,
// are not scored; an ORG of any other sector (GOV, MIL, COP, LEG, JUD...)
// is a state body, GOV. LOCATION and other types are not scored ("").
func EntityClass(e vedetta.Entity) string {
	switch e.Type {
	case "COUNTRY", "PERSON":
		return e.Type
	case "ORG":
		switch {
		case e.Sector == "" || e.Sector == "IGO":
			return "ORG"
		case unscoredSectors[e.Sector]:
			return ""
		case armedSectors[e.Sector]:
			return "ARMED_GROUP"
		default:
			return "GOV"
		}
	}
	return ""
}

// named reports whether an entity has a mention that is a name form. The
// gold counts only names, acronyms and metonyms as mentions ("demonym
// adjectives are not mentions"), so an entity found only through
// adjectives or a role phrase is not scored.
func named(e vedetta.Entity) bool {
	for _, m := range e.Mentions {
		if m.Kind != "adjective" && m.Kind != "role" {
			return true
		}
	}
	return false
}

// GoldEntity is one entity of a gold record.
type GoldEntity struct {
	Name     string
	Type     string
	ISO3     string
	Mentions []string
}

// EntityScore holds per-class counts over documents.
type EntityScore struct {
	PerClass map[string]*Counts
	Docs     int
	// Misses and Spurious list the gold entities not found and the system
	// entities that match no gold entity ("file: CLASS name").
	Misses, Spurious []string
}

// NewEntityScore returns an empty score.
func NewEntityScore() *EntityScore {
	s := &EntityScore{PerClass: map[string]*Counts{}}
	for _, c := range EntityClasses {
		s.PerClass[c] = &Counts{}
	}
	return s
}

// Organisations is the sum of ORG, GOV and ARMED_GROUP.
func (s *EntityScore) Organisations() Counts {
	var c Counts
	for _, k := range []string{"ORG", "GOV", "ARMED_GROUP"} {
		c.TP += s.PerClass[k].TP
		c.FP += s.PerClass[k].FP
		c.FN += s.PerClass[k].FN
	}
	return c
}

// Micro is the sum over all classes.
func (s *EntityScore) Micro() Counts {
	var c Counts
	for _, k := range EntityClasses {
		c.TP += s.PerClass[k].TP
		c.FP += s.PerClass[k].FP
		c.FN += s.PerClass[k].FN
	}
	return c
}

// normText folds case, accents, quotes and spacing for comparing names and
// mentions.
func normText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return strings.ReplaceAll(b.String(), "ё", "е")
}

// Add scores one document. A gold entity is found when a system entity of
// the same class (after EntityClass) has the same country code (COUNTRY:
// id = iso3), or the same canonical name, or links one of the gold
// mentions (same text, accents and case aside, or one text inside the
// other word for word) — for countries the id must agree as well. Each system entity matches at most one gold entity; the
// others count as false positives.
func (s *EntityScore) Add(file string, gold []GoldEntity, sys []vedetta.Entity) {
	s.Docs++
	type cand struct {
		e     vedetta.Entity
		class string
		used  bool
	}
	var cs []*cand
	for _, e := range sys {
		c := EntityClass(e)
		if c == "" || !named(e) {
			continue
		}
		cs = append(cs, &cand{e: e, class: c})
	}
	found := make([]bool, len(gold))
	match := func(g GoldEntity, c *cand, byMention bool) bool {
		if c.used || c.class != g.Type {
			return false
		}
		if g.ISO3 != "" {
			if c.e.ID != g.ISO3 {
				return false
			}
			return true
		}
		if normText(c.e.Name) == normText(g.Name) {
			return true
		}
		if !byMention {
			return false
		}
		for _, m := range c.e.Mentions {
			if m.Kind == "adjective" || m.Kind == "role" {
				continue
			}
			t := " " + normText(m.Text) + " "
			for _, gm := range g.Mentions {
				// The same text, or one inside the other word for word
				// ("kasachischen Sicherheitskräften" links
				// "Sicherheitskräften").
				gt := " " + normText(gm) + " "
				if gt != "  " && (strings.Contains(t, gt) || strings.Contains(gt, t)) {
					return true
				}
			}
		}
		return false
	}
	// Ids and names first, then mentions, so that a mention match never
	// takes the entity a name match needs.
	for _, byMention := range []bool{false, true} {
		for i, g := range gold {
			if found[i] {
				continue
			}
			for _, c := range cs {
				if match(g, c, byMention) {
					c.used, found[i] = true, true
					break
				}
			}
		}
	}
	for i, g := range gold {
		cnt := s.PerClass[g.Type]
		if cnt == nil {
			cnt = &Counts{}
			s.PerClass[g.Type] = cnt
		}
		if found[i] {
			cnt.TP++
		} else {
			cnt.FN++
			s.Misses = append(s.Misses, fmt.Sprintf("%s: %s %s %q", file, g.Type, g.Name, g.Mentions))
		}
	}
	for _, c := range cs {
		if !c.used {
			s.PerClass[c.class].FP++
			var ms []string
			for _, m := range c.e.Mentions {
				ms = append(ms, m.Text)
			}
			s.Spurious = append(s.Spurious, fmt.Sprintf("%s: %s %s (%s) %q", file, c.class, c.e.Name, c.e.ID, ms))
		}
	}
}

// PagesEntities scores the entities of the pages beside a gold JSON Lines
// file (pages-dev/gold.jsonl).
func PagesEntities(goldPath string, an Analyzer) (*EntityScore, error) {
	pages, err := LoadPages(goldPath)
	if err != nil {
		return nil, err
	}
	s := NewEntityScore()
	for _, p := range pages {
		a := an(p.Doc)
		var gold []GoldEntity
		for _, g := range p.Gold.Entities {
			gold = append(gold, GoldEntity{Name: g.Name, Type: g.Type, ISO3: g.ISO3, Mentions: g.Mentions})
		}
		s.Add(p.Gold.File, gold, a.Entities)
	}
	return s, nil
}

// Write prints the table of precision, recall and F1 per class.
func (s *EntityScore) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "entities: %d documents\n", s.Docs)
	fmt.Fprintf(&b, "%-14s %5s %5s %5s %7s %7s %7s\n", "class", "tp", "fp", "fn", "P", "R", "F1")
	row := func(name string, c Counts) {
		fmt.Fprintf(&b, "%-14s %5d %5d %5d %7.3f %7.3f %7.3f\n", name, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	}
	classes := append([]string(nil), EntityClasses...)
	for k := range s.PerClass {
		if !contains(classes, k) {
			classes = append(classes, k)
		}
	}
	sort.SliceStable(classes[len(EntityClasses):], func(i, j int) bool {
		return classes[len(EntityClasses)+i] < classes[len(EntityClasses)+j]
	})
	for _, k := range classes {
		row(k, *s.PerClass[k])
	}
	row("organisations", s.Organisations())
	row("all", s.Micro())
	_, err := io.WriteString(w, b.String())
	return err
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
