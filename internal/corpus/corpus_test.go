package corpus

import "testing"

func TestDeterministicAndSized(t *testing.T) {
	a, b := New(7, 2000), New(7, 2000)
	ids := map[string]bool{}
	for i := 0; i < 50; i++ {
		x, y := a.Next(), b.Next()
		if x != y {
			t.Fatal("same seed, different documents")
		}
		if len(x.Text) < 1900 || len(x.Text) > 2600 {
			t.Errorf("text of %d bytes for size 2000", len(x.Text))
		}
		if ids[x.ID] {
			t.Errorf("duplicate id %s", x.ID)
		}
		ids[x.ID] = true
	}
}
