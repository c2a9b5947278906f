package event

import "testing"

// Test entities of the wording cases below.
var (
	imf = ent{"igo:imf", "International Monetary Fund", "ORG", "", "IGO", []string{"IMF", "МВФ", "IWF"}}
	lka = ent{"LKA", "Sri Lanka", "COUNTRY", "LKA", "", []string{"Sri Lanka", "Шри-Ланке", "Sri Lanka"}}
	som = ent{"SOM", "Somalia", "COUNTRY", "SOM", "", []string{"Somalia", "Сомали"}}
	eth = ent{"ETH", "Ethiopia", "COUNTRY", "ETH", "", []string{"Ethiopia", "Ethiopia's", "Эфиопии", "Addis Ababa", "Аддис-Абебу"}}
)

// wordingCases are sentences whose wording the lexicons and cue lists must
// know: verbs of disbursing aid, gerunds sharing a subject.
var wordingCases = []codeCase{
	{"en", "The IMF disbursed a new tranche to Sri Lanka.", []ent{imf, lka}, []string{"AID International Monetary Fund>Sri Lanka"}},
	{"ru", "МВФ пока не перечислил Шри-Ланке очередной транш кредита.", []ent{imf, lka}, []string{"AID International Monetary Fund>Sri Lanka +neg"}},
	{"de", "Der IWF hat Sri Lanka eine weitere Tranche ausgezahlt.", []ent{imf, lka}, []string{"AID International Monetary Fund>Sri Lanka"}},
	// a gerund after a comma shares the subject of the verb before, not its object
	{"ru", "Власти Сомали выслали посла Эфиопии, обвинив Аддис-Абебу во вмешательстве.", []ent{som, eth},
		[]string{"SANCTION Somalia>Ethiopia", "ACCUSE Somalia>Ethiopia"}},
	{"en", "Somalia expelled Ethiopia's ambassador, accusing Addis Ababa of interference.", []ent{som, eth},
		[]string{"SANCTION Somalia>Ethiopia", "ACCUSE Somalia>Ethiopia"}},
	// PLOVER: cooperative acts of types CONSULT, SUPPORT, COOPERATE and AID
	// in the future are AGREE; what will go on stays what it is
	{"en", "The IMF will disburse a new tranche to Sri Lanka.", []ent{imf, lka}, []string{"AGREE International Monetary Fund>Sri Lanka +fut"}},
	{"en", "Somalia will support Ethiopia.", []ent{som, eth}, []string{"AGREE Somalia>Ethiopia +fut"}},
	{"en", "Somalia will continue to support Ethiopia.", []ent{som, eth}, []string{"SUPPORT Somalia>Ethiopia +fut"}},
}

func TestWording(t *testing.T) { checkCases(t, wordingCases) }
