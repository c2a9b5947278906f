package analyze

import "github.com/vedetta/vedetta/analyze/timex"

// The dates stage runs after segmentation (20): it fills a.Dates and gives
// every sentence its reference date.
func init() {
	addStage(30, "dates", func(Config) (Stage, error) { return timex.Stage{}, nil })
}
