package analyze

import "github.com/vedetta/vedetta/analyze/event"

func init() {
	addStage(60, "events", func(Config) (Stage, error) { return event.New() })
}
