package event

import "testing"

// German test entities (the shared ones are in coder_test.go).
var (
	dePol = ent{"POL", "Poland", "COUNTRY", "POL", "", []string{"Polen"}}
	deDeu = ent{"DEU", "Germany", "COUNTRY", "DEU", "", []string{"Deutschland"}}
	deUsa = ent{"USA", "United States", "COUNTRY", "USA", "", []string{"USA"}}
	deBlr = ent{"BLR", "Belarus", "COUNTRY", "BLR", "", []string{"Belarus"}}
)

// germanFormCases exercise the inflected and separable verb forms of the
// German lexicon: present, preterite, participle, infinitive, and the
// joined form of separable verbs in verb-final clauses.
var germanFormCases = []codeCase{
	{"de", "Russland und die Ukraine wollen ein Abkommen unterzeichnen.", []ent{rus, ukr}, []string{"AGREE Russia>Ukraine +fut", "AGREE Ukraine>Russia +fut"}},
	{"de", "Polen und Deutschland stimmen dem Vorschlag zu.", []ent{dePol, deDeu}, []string{"AGREE Poland>Germany", "AGREE Germany>Poland"}},
	{"de", "Es heißt, dass Polen dem Plan zustimmt.", []ent{dePol}, []string{"AGREE Poland>-"}},
	{"de", "Polen beriet mit Deutschland über die Krise.", []ent{dePol, deDeu}, []string{"CONSULT Poland>Germany"}},
	{"de", "Russland trifft sich mit Kasachstan in Astana.", []ent{rus, kaz}, []string{"CONSULT Russia>Kazakhstan"}},
	{"de", "Die Präsidenten von Frankreich und Polen telefonieren regelmäßig.", []ent{fra, dePol}, []string{"CONSULT France>Poland", "CONSULT Poland>France"}},
	{"de", "Frankreich und Polen befürworten den Beitritt der Ukraine.", []ent{fra, dePol, ukr}, []string{"SUPPORT France>Ukraine", "SUPPORT Poland>Ukraine"}},
	{"de", "Frankreich erkennt Palästina als Staat an.", []ent{fra}, []string{"SUPPORT France>-"}},
	{"de", "Es wird erwartet, dass Frankreich Palästina anerkennt.", []ent{fra}, []string{"SUPPORT France>-"}},
	{"de", "Die Regierung wird die Sanktionen gegen Russland aufheben.", []ent{rus}, []string{"CONCEDE government>Russia +fut"}},
	{"de", "Die EU hebt die Sanktionen gegen den Iran auf.", []ent{eu, irn}, []string{"RETREAT European Union>Iran"}},
	{"de", "Es ist möglich, dass die EU die Sanktionen gegen den Iran lockert.", []ent{eu, irn}, []string{"RETREAT European Union>Iran"}},
	{"de", "Russland kooperiert mit China.", []ent{rus, chn}, []string{"COOPERATE Russia>China"}},
	{"de", "Polen und Russland normalisierten ihre Beziehungen.", []ent{dePol, rus}, []string{"COOPERATE Poland>Russia", "COOPERATE Russia>Poland"}},
	{"de", "Polen und Russland stellten ihre diplomatischen Beziehungen wieder her.", []ent{dePol, rus}, []string{"COOPERATE Poland>Russia", "COOPERATE Russia>Poland"}},
	{"de", "Iran und China nahmen diplomatische Beziehungen auf.", []ent{irn, chn}, []string{"COOPERATE Iran>China", "COOPERATE China>Iran"}},
	{"de", "Russland entsendet Friedenstruppen nach Kasachstan.", []ent{rus, kaz}, []string{"AID Russia>Kazakhstan"}},
	{"de", "Man erwartet, dass Deutschland der Ukraine Panzer liefert.", []ent{deDeu, ukr}, []string{"AID Germany>Ukraine"}},
	{"de", "Die USA schicken Soldaten nach Polen.", []ent{deUsa, dePol}, []string{"AID United States>Poland"}},
	{"de", "Deutschland hilft der Ukraine.", []ent{deDeu, ukr}, []string{"AID Germany>Ukraine"}},
	{"de", "Deutschland gewährte dem Journalisten aus Russland Asyl.", []ent{deDeu, rus}, []string{"AID Germany>-"}},
	{"de", "Russland zieht seine Truppen aus Kasachstan ab.", []ent{rus, kaz}, []string{"RETREAT Russia>military"}},
	{"de", "Es ist unklar, ob Russland seine Truppen aus Kasachstan abzieht.", []ent{rus, kaz}, []string{"RETREAT Russia>military +hyp"}},
	{"de", "Russland lässt die Gefangenen aus der Ukraine frei.", []ent{rus, ukr}, []string{"RETREAT Russia>-"}},
	{"de", "Der Regierungschef von Polen tritt zurück.", []ent{dePol}, []string{"RETREAT Poland>-"}},
	{"de", "Der Regierungschef von Polen ist gestern zurückgetreten.", []ent{dePol}, []string{"RETREAT Poland>-"}},
	{"de", "Die Ukraine bittet Frankreich um Waffen.", []ent{ukr, fra}, []string{"REQUEST Ukraine>France"}},
	{"de", "Russland wirft der Ukraine Sabotage vor.", []ent{rus, ukr}, []string{"ACCUSE Russia>Ukraine"}},
	{"de", "Russland nennt die Regierung der Ukraine Terroristen.", []ent{rus, ukr}, []string{"ACCUSE Russia>Ukraine"}},
	{"de", "Russland weist die Vorwürfe der Ukraine zurück.", []ent{rus, ukr}, []string{"REJECT Russia>Ukraine"}},
	{"de", "Es ist klar, dass Russland den Plan der Ukraine ablehnt.", []ent{rus, ukr}, []string{"REJECT Russia>Ukraine"}},
	{"de", "Russland hat der Ukraine Vergeltung angedroht.", []ent{rus, ukr}, []string{"THREATEN Russia>Ukraine"}},
	{"de", "Russland und Belarus drohen der Ukraine mit Vergeltung.", []ent{rus, deBlr, ukr}, []string{"THREATEN Russia>Ukraine", "THREATEN Belarus>Ukraine"}},
	{"de", "Die USA und Frankreich warnen Russland vor einer Eskalation.", []ent{deUsa, fra, rus}, []string{"THREATEN United States>Russia", "THREATEN France>Russia"}},
	{"de", "Polen erhob Protest gegen Russland.", []ent{dePol, rus}, []string{"ACCUSE Poland>Russia"}},
	{"de", "Tausende protestieren in Paris gegen die Regierung.", []ent{paris}, []string{"PROTEST protesters>government @Paris"}},
	{"de", "Polen weist Diplomaten aus Russland aus.", []ent{dePol, rus}, []string{"SANCTION Poland>-"}},
	{"de", "Polen hat mitgeteilt, dass es zwei Diplomaten aus Russland ausweist.", []ent{dePol, rus}, []string{"SANCTION Poland>-"}},
	{"de", "Russland bricht die Beziehungen zu Polen ab.", []ent{rus, dePol}, []string{"SANCTION Russia>Poland"}},
	{"de", "Russland hat die Beziehungen zu Polen abgebrochen.", []ent{rus, dePol}, []string{"SANCTION Russia>Poland"}},
	{"de", "Polen schließt die Grenze zu Belarus.", []ent{dePol, deBlr}, []string{"SANCTION Poland>Belarus"}},
	{"de", "Russland ruft seinen Botschafter aus Polen zurück.", []ent{rus, dePol}, []string{"SANCTION Russia>Poland"}},
	{"de", "Polen hat mitgeteilt, dass es den Botschafter aus Russland zurückruft.", []ent{dePol, rus}, []string{"SANCTION Poland>-"}},
	{"de", "Die Polizei nimmt in Berlin zehn Aktivisten fest.", nil, []string{"COERCE police>-"}},
	{"de", "Die Polizei hat die Demonstranten auseinandergetrieben.", nil, []string{"COERCE police>protesters"}},
	{"de", "Die Polizei treibt die Demonstranten auseinander.", nil, []string{"COERCE police>protesters"}},
	{"de", "Russland wird die Krim annektieren.", []ent{rus}, []string{"COERCE Russia>- +fut"}},
	{"de", "Russland überfiel die Ukraine.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	{"de", "Russland ist in die Ukraine einmarschiert.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	{"de", "Russland und Belarus bombardieren die Ukraine.", []ent{rus, deBlr, ukr}, []string{"ASSAULT Russia>Ukraine", "ASSAULT Belarus>Ukraine"}},
	{"de", "Die Regierung will die Partei verbieten.", nil, []string{"COERCE government>parties +fut"}},
	{"de", "Deutschland und Frankreich loben die Ukraine.", []ent{deDeu, fra, ukr}, []string{"SUPPORT Germany>Ukraine", "SUPPORT France>Ukraine"}},
	{"de", "Die Ukraine und Polen kritisieren Russland.", []ent{ukr, dePol, rus}, []string{"ACCUSE Ukraine>Russia", "ACCUSE Poland>Russia"}},
	// A separable particle at the end of the clause, however far, joins
	// its verb; a negation before it negates the verb.
	{"de", "Russland wies den Plan der Regierung in Warschau gestern entschieden zurück.", []ent{rus}, []string{"REJECT Russia>government"}},
	{"de", "Die Polizei nahm gestern Abend in der Hauptstadt zwölf Demonstranten fest.", nil, []string{"COERCE police>protesters"}},
	{"de", "Russland griff die Ukraine am Montag nicht an.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine +neg"}},
	{"de", "Die russischen Truppen zogen sich aus dem Gebiet um die Stadt zurück.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"russischen"}}}, []string{"RETREAT Russia>-"}},
	{"de", "Russland hat sich aus dem Gebiet zurückgezogen.", []ent{rus}, []string{"RETREAT Russia>-"}},
	// A name after a dative article right after a verb of giving is the
	// recipient.
	{"de", "Deutschland lieferte der Ukraine Panzer.", []ent{deDeu, ukr}, []string{"AID Germany>Ukraine"}},
	{"de", "Polen schickte dem Libanon humanitäre Hilfe.", []ent{dePol, {"LBN", "Lebanon", "COUNTRY", "LBN", "", []string{"Libanon"}}}, []string{"AID Poland>Lebanon"}},
	{"de", "Polen lieferte einen Spion an Deutschland aus.", []ent{dePol, deDeu}, []string{"COOPERATE Poland>Germany"}},
	{"de", "Die USA und Polen trafen sich in Warschau.", []ent{deUsa, dePol}, []string{"CONSULT United States>Poland", "CONSULT Poland>United States"}},
	{"de", "Der Kanzler wird nächste Woche nach Polen reisen.", []ent{dePol}, []string{"AGREE government>Poland +fut"}},
	{"de", "Polnische und belarussische Grenztruppen lieferten sich ein Feuergefecht.", []ent{{"POL", "Poland", "COUNTRY", "POL", "", []string{"Polnische"}}, {"BLR", "Belarus", "COUNTRY", "BLR", "", []string{"belarussische"}}}, []string{"ASSAULT Poland>Belarus", "ASSAULT Belarus>Poland"}},
}

func TestGermanVerbForms(t *testing.T) { checkCases(t, germanFormCases) }
