package vedetta

import (
	"fmt"
	"strings"
	"time"
)

// Grain is the precision of a date.
type Grain int

// Grains from coarsest to finest.
const (
	GrainNone Grain = iota
	GrainYear
	GrainMonth
	GrainDay
)

func (g Grain) String() string {
	switch g {
	case GrainYear:
		return "year"
	case GrainMonth:
		return "month"
	case GrainDay:
		return "day"
	}
	return ""
}

// ParseDate parses a date of the form YYYY, YYYY-MM or YYYY-MM-DD and
// reports its grain. It checks that month and day exist.
func ParseDate(s string) (time.Time, Grain, error) {
	s = strings.TrimSpace(s)
	var layout string
	var g Grain
	switch len(s) {
	case 4:
		layout, g = "2006", GrainYear
	case 7:
		layout, g = "2006-01", GrainMonth
	case 10:
		layout, g = "2006-01-02", GrainDay
	default:
		return time.Time{}, GrainNone, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return time.Time{}, GrainNone, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD: %w", s, err)
	}
	return t, g, nil
}

// DateBounds returns the first and last day covered by a date of any grain
// ("2022-01" covers 2022-01-01 to 2022-01-31). ok is false for an empty or
// invalid date.
func DateBounds(s string) (first, last time.Time, ok bool) {
	t, g, err := ParseDate(s)
	if err != nil {
		return time.Time{}, time.Time{}, false
	}
	switch g {
	case GrainYear:
		return t, t.AddDate(1, 0, -1), true
	case GrainMonth:
		return t, t.AddDate(0, 1, -1), true
	}
	return t, t, true
}
