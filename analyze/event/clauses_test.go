package event

import (
	"strings"
	"testing"
)

// TestSubordinate checks which events the coder marks as told by a
// subordinate clause: "TYPE" is a main clause's event, "TYPE sub" a
// subordinate one's.
func TestSubordinate(t *testing.T) {
	imfE := ent{"igo:imf", "International Monetary Fund", "ORG", "", "IGO", []string{"FMI", "IMF"}}
	rus := ent{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Rusia", "Russia", "Moscú"}}
	cases := []struct {
		lang, text string
		ents       []ent
		want       []string
	}{
		// a fronted time clause, opened by its preposition
		{"es", "Pocas horas después de anunciarse que el FMI otorgó un préstamo a Rusia, miles de trabajadores iniciaron un movimiento de protesta en Moscú.",
			[]ent{imfE, rus}, []string{"AID sub", "PROTEST"}},
		{"en", "After the IMF granted a loan to Russia, thousands of workers protested in Moscow.",
			[]ent{imfE, rus}, []string{"AID sub", "PROTEST"}},
		// an adverb is no clause opener: "Poco después" then the main clause
		{"es", "Poco después los trabajadores iniciaron una huelga en Moscú, la capital.",
			[]ent{rus}, []string{"PROTEST"}},
		// an infinitive phrase opening the sentence: its subject is the
		// main clause's ("Al menos" opens none)
		{"es", "Al rechazar el plan de paz, los unionistas atacaron a la policía en Moscú.",
			[]ent{rus}, []string{"REJECT sub", "ASSAULT"}},
		{"es", "Al menos 20 manifestantes protestaron en Moscú, dijo la policía.",
			[]ent{rus}, []string{"PROTEST"}},
		// a participle set off by commas
		{"es", "Unos 500 familiares de reos, apoyados por pandilleros, protestaron en Moscú.",
			[]ent{rus}, []string{"SUPPORT sub", "PROTEST"}},
		// a relative clause after an actor, with its name in brackets
		{"es", "Los estudiantes del Consejo General de Huelga (CGH) que lideró un paro denunciaron al gobierno.",
			[]ent{{"org:cgh", "Consejo General de Huelga", "ORG", "MEX", "EDU", []string{"Consejo General de Huelga", "CGH"}}},
			[]string{"PROTEST sub", "ACCUSE"}},
		{"es", "La OTSC, que decidió enviar tropas a Rusia, pidió ayuda al FMI.",
			[]ent{{"igo:csto", "Collective Security Treaty Organization", "ORG", "", "IGO", []string{"OTSC"}}, rus, imfE},
			[]string{"AID sub", "REQUEST"}},
		{"it", "La Russia, che ha inviato truppe, ha chiesto aiuto al FMI.",
			[]ent{rus, imfE}, []string{"AID sub", "REQUEST"}},
		// a relative clause after a name the entities missed
		{"es", "Los obreros de Izar que cortaban la autovía se enfrentaron con la policía en Moscú.",
			[]ent{rus}, []string{"PROTEST sub", "ASSAULT", "ASSAULT"}},
		// the object of another event's verb is that event's background
		{"es", "Rusia rechazó la exigencia del FMI.", []ent{rus, imfE}, []string{"REJECT", "REQUEST sub"}},
	}
	for _, tc := range cases {
		a := build(t, tc.lang, "2024-05-20", tc.text, tc.ents)
		var got []string
		for _, e := range coder(t).Code(a) {
			s := e.Type
			if e.Subordinate {
				s += " sub"
			}
			got = append(got, s)
		}
		if strings.Join(got, ", ") != strings.Join(tc.want, ", ") {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.lang, tc.text, got, tc.want)
		}
	}
}
