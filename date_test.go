package vedetta

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct {
		in    string
		grain Grain
		ok    bool
	}{
		{"2022", GrainYear, true},
		{"2022-01", GrainMonth, true},
		{"2022-01-06", GrainDay, true},
		{"2022-13", GrainNone, false},
		{"2022-02-30", GrainNone, false},
		{"22-01-06", GrainNone, false},
		{"", GrainNone, false},
	}
	for _, tc := range tests {
		_, g, err := ParseDate(tc.in)
		if (err == nil) != tc.ok || g != tc.grain {
			t.Errorf("ParseDate(%q) = %v, %v; want grain %v ok %v", tc.in, g, err, tc.grain, tc.ok)
		}
	}
}

func TestDateBounds(t *testing.T) {
	tests := []struct{ in, first, last string }{
		{"2022-01", "2022-01-01", "2022-01-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2022", "2022-01-01", "2022-12-31"},
		{"2022-01-06", "2022-01-06", "2022-01-06"},
	}
	for _, tc := range tests {
		f, l, ok := DateBounds(tc.in)
		if !ok || f.Format("2006-01-02") != tc.first || l.Format("2006-01-02") != tc.last {
			t.Errorf("DateBounds(%q) = %v %v %v", tc.in, f, l, ok)
		}
	}
	if _, _, ok := DateBounds("nope"); ok {
		t.Error("DateBounds accepted an invalid date")
	}
}
