package event

import (
	"fmt"
	"github.com/vedetta/vedetta/internal/repo"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze/timex"
)

// Test entities, shared by the sentences below.
var (
	rus    = ent{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Russia", "Russland", "Rusia", "Russie", "Россия", "России", "rusos"}}
	ukr    = ent{"UKR", "Ukraine", "COUNTRY", "UKR", "", []string{"Ucraina", "Ukraine", "Ucrania", "Украина", "Украину", "Украине", "Ukraine's"}}
	blr    = ent{"BLR", "Belarus", "COUNTRY", "BLR", "", []string{"Bielorussia", "Belarus"}}
	kaz    = ent{"KAZ", "Kazakhstan", "COUNTRY", "KAZ", "", []string{"Kazakistan", "Kazakhstan", "Kasachstan", "Kazajistán", "Казахстан", "Казахстана", "Kasachstan"}}
	csto   = ent{"igo:csto", "Collective Security Treaty Organization", "ORG", "", "IGO", []string{"CSTO", "OTSC", "OVKS", "ОДКБ"}}
	usa    = ent{"USA", "United States", "COUNTRY", "USA", "", []string{"Stati Uniti", "United States", "Washington", "Estados Unidos", "États-Unis"}}
	chn    = ent{"CHN", "China", "COUNTRY", "CHN", "", []string{"Cina", "China", "Chine"}}
	eu     = ent{"igo:eu", "European Union", "ORG", "", "IGO", []string{"Ue", "EU", "European Union", "Unione europea", "UE"}}
	irn    = ent{"IRN", "Iran", "COUNTRY", "IRN", "", []string{"Iran", "Irán"}}
	fra    = ent{"FRA", "France", "COUNTRY", "FRA", "", []string{"Francia", "France", "Frankreich"}}
	paris  = ent{"loc:paris", "Paris", "LOCATION", "FRA", "", []string{"Parigi", "Paris"}}
	lav    = ent{"per:lavrov", "Sergey Lavrov", "PERSON", "RUS", "GOV", []string{"Lavrov", "Sergej Lavrov"}}
	afg    = ent{"AFG", "Afghanistan", "COUNTRY", "AFG", "", []string{"Afghanistan"}}
	tal    = ent{"grp:taliban", "Taliban", "ORG", "AFG", "INS", []string{"Taliban"}}
	nato   = ent{"igo:nato", "North Atlantic Treaty Organization", "ORG", "", "IGO", []string{"NATO", "OTAN"}}
	saf    = ent{"gov:SDN:MIL", "Sudanese Armed Forces", "ORG", "SDN", "MIL", []string{"esercito sudanese"}}
	rsf    = ent{"grp:rsf", "Rapid Support Forces", "ORG", "SDN", "REB", []string{"Rsf", "Forze di supporto rapido"}}
	isr    = ent{"ISR", "Israel", "COUNTRY", "ISR", "", []string{"Israel", "Israele", "Израилем", "Израиль"}}
	kyiv   = ent{"loc:kyiv", "Kyiv", "LOCATION", "UKR", "", []string{"Kiev", "Kyiv"}}
	moscow = ent{"loc:moscow", "Moscow", "LOCATION", "RUS", "", []string{"Mosca", "Moscú", "Москву", "Moscow"}}
	egy    = ent{"EGY", "Egypt", "COUNTRY", "EGY", "", []string{"Egitto", "Egypt", "Египет", "egiziana", "Egyptian", "égyptienne"}}
	qat    = ent{"QAT", "Qatar", "COUNTRY", "QAT", "", []string{"Qatar"}}
	hamas  = ent{"grp:hamas", "Hamas", "ORG", "PSE", "INS", []string{"Hamas", "ХАМАС", "Hamás"}}
	tok    = ent{"per:tokayev", "Kassym-Jomart Tokayev", "PERSON", "KAZ", "GOV", []string{"Токаев", "Tokayev"}}
)

// want is one expected event, written "TYPE SRC>TGT" with flags +neg, +fut,
// +hyp, and @Place for the location.
type codeCase struct {
	lang, text string
	ents       []ent
	want       []string
}

func eventString(e vedetta.Event) string {
	a := func(x *vedetta.Actor) string {
		if x == nil {
			return "-"
		}
		return x.Name
	}
	s := fmt.Sprintf("%s %s>%s", e.Type, a(e.Source), a(e.Target))
	if e.Negated {
		s += " +neg"
	}
	if e.Future {
		s += " +fut"
	}
	if e.Hypothetical {
		s += " +hyp"
	}
	if e.Location != nil {
		s += " @" + e.Location.Name
	}
	return s
}

var codeCases = []codeCase{
	// Italian
	{"it", "La Russia ha attaccato l'Ucraina.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	{"it", "L'Ucraina è stata attaccata dalla Russia.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	{"it", "Russia e Bielorussia hanno condannato le sanzioni degli Stati Uniti.", []ent{rus, blr, usa},
		[]string{"ACCUSE Russia>United States", "ACCUSE Belarus>United States", "SANCTION United States>-"}},
	{"it", "La Cina non ha inviato truppe in Kazakistan.", []ent{chn, kaz}, []string{"AID China>Kazakhstan +neg"}},
	{"it", "La Russia continuerà a consultarsi con il Kazakistan.", []ent{rus, kaz}, []string{"CONSULT Russia>Kazakhstan +fut"}},
	{"it", "Se l'Iran attaccherà, gli Stati Uniti imporranno sanzioni contro l'Iran.", []ent{irn, usa},
		[]string{"ASSAULT Iran>- +fut +hyp", "THREATEN United States>Iran"}},
	// a conflict act said to come if another's act comes first is a threat
	{"en", "If Russia attacks Ukraine, the European Union will impose new sanctions on Russia.", []ent{rus, ukr, eu},
		[]string{"ASSAULT Russia>Ukraine +hyp", "THREATEN European Union>Russia"}},
	{"en", "The United States will impose sanctions on Iran if it does not stop enrichment.", []ent{usa, irn},
		[]string{"THREATEN United States>Iran"}},
	{"de", "Sollte Russland die Grenze überschreiten, werde Frankreich Sanktionen verhängen, sagte der Minister.", []ent{rus, fra},
		[]string{"THREATEN France>Russia"}},
	{"fr", "Si la Russie attaque l'Ukraine, la France expulsera ses diplomates.", []ent{rus, ukr, fra},
		[]string{"ASSAULT Russia>Ukraine +hyp", "THREATEN France>Russia"}},
	{"en", "If Russia attacks Ukraine, France will meet Russia.", []ent{rus, ukr, fra},
		[]string{"ASSAULT Russia>Ukraine +hyp", "CONSULT France>Russia +fut +hyp"}},
	{"en", "If Russia attacks Ukraine, France could impose sanctions on Russia.", []ent{rus, ukr, fra},
		[]string{"ASSAULT Russia>Ukraine +hyp", "SANCTION France>Russia +hyp"}},
	{"en", "France will impose sanctions on Russia.", []ent{rus, fra}, []string{"SANCTION France>Russia +fut"}},
	{"it", "La CSTO ha deciso, su richiesta del Kazakistan, di inviare forze di pace nel Kazakistan.", []ent{csto, kaz},
		[]string{"REQUEST Kazakhstan>Collective Security Treaty Organization", "AID Collective Security Treaty Organization>Kazakhstan"}},
	{"it", "L'Ue ha approvato nuove sanzioni contro la Russia.", []ent{eu, rus}, []string{"SANCTION European Union>Russia"}},
	{"it", "Gli Stati Uniti hanno sostenuto l'Ucraina, che è stata attaccata dalla Russia.", []ent{usa, ukr, rus},
		[]string{"SUPPORT United States>Ukraine", "ASSAULT Russia>Ukraine"}},
	{"it", "La Francia ha criticato la Cina, lo ha affermato Lavrov.", []ent{fra, chn, lav}, []string{"ACCUSE France>China"}},
	{"it", "Chiediamo la pace, lo ha affermato Lavrov a Parigi.", []ent{lav, paris}, []string{"REQUEST Sergey Lavrov>- @Paris"}},
	{"it", "Gli Stati Uniti e la Cina hanno firmato un accordo.", []ent{usa, chn}, []string{"AGREE United States>China", "AGREE China>United States"}},
	// Truce parties from the fighting; coordination past a head noun ("le forze").
	{"it", "È entrato in vigore il cessate il fuoco, dopo combattimenti tra l'esercito sudanese e le forze paramilitari Rsf.", []ent{saf, rsf},
		[]string{"ASSAULT Sudanese Armed Forces>Rapid Support Forces", "ASSAULT Rapid Support Forces>Sudanese Armed Forces",
			"AGREE Sudanese Armed Forces>Rapid Support Forces", "AGREE Rapid Support Forces>Sudanese Armed Forces"}},
	// A name does not start a predicate ("supporto" in the RSF's name).
	{"it", "Le Forze di supporto rapido hanno attaccato l'esercito sudanese.", []ent{saf, rsf}, []string{"ASSAULT Rapid Support Forces>Sudanese Armed Forces"}},
	// The agent of a nominal decision controls the infinitive.
	{"it", "La decisione della CSTO di inviare forze di pace in Kazakistan.", []ent{csto, kaz}, []string{"AID Collective Security Treaty Organization>Kazakhstan"}},
	// English
	{"en", "Russia attacked Ukraine on Monday.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	// Coordinated subjects of a reciprocal predicate; a far "in X" is no object.
	{"en", "The United States and the Taliban signed a peace agreement on Saturday aimed at ending the conflict in Afghanistan.", []ent{usa, tal, afg},
		[]string{"AGREE United States>Taliban @Afghanistan", "AGREE Taliban>United States @Afghanistan"}},
	// The possessor is the agent of the predicate noun.
	{"en", "Leaders say membership cannot be considered with Russia's war in Ukraine.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	// "The Alliance" is the document's main international organisation.
	{"en", "NATO leaders met in Vilnius. The Alliance backed Ukraine.", []ent{nato, ukr}, []string{"CONSULT North Atlantic Treaty Organization>-", "SUPPORT North Atlantic Treaty Organization>Ukraine"}},
	// The addressee of a request is the subject of its infinitive, and what
	// is asked for is not reported as done.
	{"fr", "Le Kazakhstan a demandé à l'OTSC d'envoyer des troupes.", []ent{kaz, csto},
		[]string{"REQUEST Kazakhstan>Collective Security Treaty Organization", "AID Collective Security Treaty Organization>- +hyp"}},
	{"de", "Russland forderte die NATO auf, ihre Truppen aus der Ukraine abzuziehen.", []ent{rus, nato, {"UKR", "Ukraine", "COUNTRY", "UKR", "", []string{"Ukraine"}}},
		[]string{"REQUEST Russia>North Atlantic Treaty Organization", "RETREAT North Atlantic Treaty Organization>- +hyp"}},
	{"en", "Russia asked NATO to withdraw its troops from Ukraine.", []ent{rus, nato, ukr},
		[]string{"REQUEST Russia>North Atlantic Treaty Organization", "RETREAT North Atlantic Treaty Organization>Ukraine +hyp"}},
	// Unnamed protesters and the government they protest to.
	{"es", "Las protestas estallaron el 2 de enero en Kazajistán.", []ent{kaz}, []string{"PROTEST protesters>Kazakhstan"}},
	{"it", "Migliaia di persone hanno protestato.", []ent{}, []string{"PROTEST protesters>-"}},
	{"it", "Il Kazakistan ha deciso. Migliaia di manifestanti hanno protestato.", []ent{kaz}, []string{"PROTEST protesters>government"}},
	// A genitive after another actor is its modifier, not the subject; the
	// truce's other party comes from the fighting.
	{"it", "Le Rsf sono in conflitto con l'esercito sudanese. Le Forze di supporto rapido (Rsf) del Sudan hanno annunciato una proroga della tregua.", []ent{rsf, saf, {"SDN", "Sudan", "COUNTRY", "SDN", "", []string{"Sudan"}}},
		[]string{"ASSAULT Rapid Support Forces>Sudanese Armed Forces", "ASSAULT Sudanese Armed Forces>Rapid Support Forces", "CONCEDE Rapid Support Forces>Sudanese Armed Forces"}},
	// The possessor of a predicate noun is its agent.
	{"en", "The EU approved sanctions against Russia for its aggression against Ukraine.", []ent{eu, rus, ukr},
		[]string{"SANCTION European Union>Russia", "ASSAULT Russia>Ukraine"}},
	// A fronted request phrase: the subject after the comma is asked.
	{"es", "En relación con la petición de Kazajistán, la OTSC decidió enviar tropas.", []ent{kaz, csto},
		[]string{"REQUEST Kazakhstan>Collective Security Treaty Organization", "AID Collective Security Treaty Organization>Kazakhstan"}},
	// Verb-final clause: no subject inside a "von" phrase or a genitive; the
	// object after "nach".
	{"de", "Die von Russland geführte OVKS hatte Friedenssoldaten nach Kasachstan geschickt.", []ent{rus, csto, kaz},
		[]string{"AID Collective Security Treaty Organization>Kazakhstan"}},
	// A complex preposition introduces the target.
	{"ru", "Токаев заявил, что будет действовать жестко по отношению к Украине.", []ent{tok, ukr}, []string{"THREATEN Kassym-Jomart Tokayev>Ukraine"}},
	// A threat is not a future event.
	{"ru", "Токаев заявил, что будет действовать максимально жестко.", []ent{tok}, []string{"THREATEN Kassym-Jomart Tokayev>-"}},
	{"en", "Ukraine was attacked by Russia.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	{"en", "China did not send troops to Kazakhstan.", []ent{chn, kaz}, []string{"AID China>Kazakhstan +neg"}},
	{"en", "The United States will impose sanctions on Iran.", []ent{usa, irn}, []string{"SANCTION United States>Iran +fut"}},
	{"en", "Russia intends to send peacekeepers to Kazakhstan.", []ent{rus, kaz}, []string{"AGREE Russia>Kazakhstan +fut"}},
	{"en", "If Iran attacks, the United States would respond.", []ent{irn, usa}, []string{"ASSAULT Iran>- +hyp"}},
	{"en", "The European Union and the United States backed Ukraine.", []ent{eu, usa, ukr},
		[]string{"SUPPORT European Union>Ukraine", "SUPPORT United States>Ukraine"}},
	{"en", "The CSTO sent peacekeepers at the request of Kazakhstan.", []ent{csto, kaz},
		[]string{"AID Collective Security Treaty Organization>-", "REQUEST Kazakhstan>Collective Security Treaty Organization"}},
	{"en", "China condemned the visit, Lavrov said in Paris.", []ent{chn, lav, paris}, []string{"ACCUSE China>- @Paris"}},
	// Spanish
	{"es", "Rusia atacó Ucrania.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	{"es", "Estados Unidos no apoyó a Irán.", []ent{usa, irn}, []string{"SUPPORT United States>Iran +neg"}},
	{"es", "La OTSC decidió enviar fuerzas de paz a Kazajistán.", []ent{{"igo:csto", "Collective Security Treaty Organization", "ORG", "", "IGO", []string{"OTSC"}}, kaz},
		[]string{"AID Collective Security Treaty Organization>Kazakhstan"}},
	// Spanish words of two senses: manifestar is also to express, enfrentar
	// to face, lanzar to launch; "medio", "objetivo", "los acusados",
	// "gran" share stems with predicates.
	{"es", "El ministro manifestó su apoyo a Ucrania.", []ent{ukr}, []string{"SUPPORT government>Ukraine"}},
	{"es", "Miles de personas manifestaron el jueves en Kazajistán.", []ent{kaz}, []string{"PROTEST protesters>Kazakhstan"}},
	{"es", "Rusia enfrenta una grave crisis económica en medio de la inflación.", []ent{rus}, nil},
	{"es", "Los acusados comparecieron ante un tribunal de Rusia con el objetivo de una gran reducción.", []ent{rus}, nil},
	{"es", "Rusia lanzó una campaña diplomática en Kazajistán.", []ent{rus, kaz}, nil},
	{"es", "La policía lanzó granadas lacrimógenas contra los manifestantes en Kazajistán.", []ent{kaz}, []string{"ASSAULT police>protesters @Kazakhstan"}},
	{"es", "Rusia y Ucrania llegaron a un acuerdo.", []ent{rus, ukr}, []string{"AGREE Russia>Ukraine", "AGREE Ukraine>Russia"}},
	{"es", "Los sindicatos de Kazajistán pusieron fin a la huelga.", []ent{kaz}, []string{"CONCEDE Kazakhstan>-"}},
	// A state's protest is diplomatic (ACCUSE disapprove); a crowd's is a PROTEST.
	{"es", "Rusia protestó contra Francia por la decisión.", []ent{rus, fra}, []string{"ACCUSE Russia>France"}},
	{"es", "Miles de manifestantes protestaron en Kazajistán.", []ent{kaz}, []string{"PROTEST protesters>Kazakhstan"}},
	{"en", "Russia protested to France over the decision.", []ent{rus, fra}, []string{"ACCUSE Russia>France"}},
	// A predicate noun that is the object of a verbal predicate is not the
	// subject's act; the object of a material one is.
	{"en", "Russia rejected accusations by Ukraine.", []ent{rus, ukr}, []string{"REJECT Russia>Ukraine", "ACCUSE Ukraine>-"}},
	{"en", "Hamas freed two hostages after mediation by Qatar.", []ent{{"QAT", "Qatar", "COUNTRY", "QAT", "", []string{"Qatar"}}, {"grp:hamas", "Hamas", "ORG", "PSE", "INS", []string{"Hamas"}}}, []string{"RETREAT Hamas>-", "CONSULT Qatar>-"}},
	// A said-event noun takes its agent in the genitive (not an adjective).
	{"it", "La Russia ha respinto le accuse dell'Ucraina.", []ent{rus, ukr}, []string{"REJECT Russia>Ukraine", "ACCUSE Ukraine>-"}},
	// An adjective qualifying the source is not the target.
	{"it", "Il ministro russo Lavrov ha incontrato i giornalisti a Parigi.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"russo"}}, lav, paris}, []string{"CONSULT Sergey Lavrov>- @Paris"}},
	// An adjective that qualifies a person's role yields to the person; an
	// adjective in a genitive is no agent.
	{"en", "Xi met his Russian counterpart Vladimir Putin in Paris.", []ent{{"per:xi", "Xi Jinping", "PERSON", "CHN", "GOV", []string{"Xi"}}, {"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Russian"}}, {"per:putin", "Vladimir Putin", "PERSON", "RUS", "GOV", []string{"Vladimir Putin"}}, paris}, []string{"CONSULT Xi Jinping>Vladimir Putin @Paris"}},
	{"en", "A complete rejection of Russian oil will take months.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Russian"}}}, nil},
	{"en", "France condemned the Russian attack on Ukraine.", []ent{fra, {"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Russian"}}, ukr}, []string{"ACCUSE France>Russia", "ASSAULT Russia>Ukraine"}},
	// "strike": a state attacks, workers protest; a modal is no predicate.
	{"en", "Russia could strike Ukraine.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine +hyp"}},
	{"en", "Ukrainian miners will strike on Monday.", []ent{{"UKR", "Ukraine", "COUNTRY", "UKR", "", []string{"Ukrainian"}}}, []string{"PROTEST Ukraine>government +fut"}},
	// A mobilisation by the state is MOBILIZE, by a crowd PROTEST.
	{"es", "El gobierno de Kazajistán ordenó la movilización de la policía.", []ent{kaz}, []string{"MOBILIZE police>-"}},
	{"es", "Los mineros de Kazajistán anunciaron movilizaciones.", []ent{kaz}, []string{"PROTEST Kazakhstan>government"}},
	// A passive without an agent does not make its subject the source.
	{"en", "Ukraine was attacked on Monday.", []ent{ukr}, nil},
	{"en", "Ukraine was attacked by Russia.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	{"en", "Russia is attacking Ukraine.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	{"en", "Ukraine was reportedly attacked on Monday.", []ent{ukr}, nil},
	{"it", "L'Ucraina è stata attaccata lunedì.", []ent{ukr}, nil},
	{"de", "In der Ukraine wurden zehn Menschen getötet.", []ent{ukr}, nil},
	// What a request is about did not happen; a genitive names the agent.
	{"en", "Workers in Kazakhstan demanded the resignation of Tokayev.", []ent{kaz, tok}, []string{"REQUEST workers>Kassym-Jomart Tokayev @Kazakhstan"}},
	{"es", "Hungría vetó las sanciones de la UE contra Rusia.", []ent{{"HUN", "Hungary", "COUNTRY", "HUN", "", []string{"Hungría"}}, eu, rus}, []string{"REJECT Hungary>European Union", "SANCTION European Union>Russia"}},
	// The verb group before a predicate noun carries its flags.
	{"en", "Russia will provide $500 million in loans to Belarus.", []ent{rus, blr}, []string{"AGREE Russia>Belarus +fut"}},
	{"en", "Russia did not send aid to Belarus.", []ent{rus, blr}, []string{"AID Russia>Belarus +neg"}},
	// "Joint exercises" are cooperation, single-country exercises a show of force.
	{"en", "Russia and Belarus held joint military exercises near the border.", []ent{rus, blr}, []string{"COOPERATE Russia>Belarus", "COOPERATE Belarus>Russia"}},
	// Lifting a curfew is a concession.
	{"en", "Kazakhstan lifted the curfew in Almaty.", []ent{kaz}, []string{"CONCEDE Kazakhstan>population"}},
	// "after" before an actor and its verb opens a clause; "the alliance" is
	// the document's organisation.
	{"en", "The CSTO sent troops a day after Tokayev asked the alliance for help.", []ent{csto, tok}, []string{"AID Collective Security Treaty Organization>-", "REQUEST Kassym-Jomart Tokayev>Collective Security Treaty Organization"}},
	// A withdrawal from a place; a noun ending like a conditional is none.
	{"fr", "L'OTSC commence son retrait du Kazakhstan.", []ent{csto, kaz}, []string{"RETREAT Collective Security Treaty Organization>Kazakhstan"}},
	// What is asked of an addressee did not happen; a ministry's portfolio
	// is no actor, the organisation after it is.
	{"es", "Ucrania pidió a la OTAN más ayuda militar.", []ent{ukr, nato}, []string{"REQUEST Ukraine>North Atlantic Treaty Organization"}},
	{"es", "Los ministros de Asuntos Exteriores de la UE aprobaron sanciones contra Rusia.", []ent{eu, rus, {"org:ae", "Asuntos Exteriores", "ORG", "", "", []string{"Asuntos Exteriores"}}}, []string{"SANCTION European Union>Russia"}},
	// The accuser is not the target of the act it alleges.
	{"en", "Russia accused Ukraine of attacking the plant.", []ent{rus, ukr}, []string{"ACCUSE Russia>Ukraine", "ASSAULT Ukraine>- +hyp"}},
	// An adjective after a locative preposition qualifies a place.
	{"en", "The EU mediated the talks in the Russian capital.", []ent{eu, {"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Russian"}}}, []string{"CONSULT European Union>-"}},
	// An actor after "and" that a predicate follows starts a new clause.
	{"en", "Russia attacked Ukraine and Belarus attacked Kazakhstan.", []ent{rus, ukr, blr, kaz}, []string{"ASSAULT Russia>Ukraine", "ASSAULT Belarus>Kazakhstan"}},
	// The agent of a predicate noun, and of the object of a verbal one.
	{"en", "An attack by Russia on Ukraine killed ten people.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	{"en", "France condemned an attack by Russia on Ukraine.", []ent{fra, rus, ukr}, []string{"ACCUSE France>Russia", "ASSAULT Russia>Ukraine"}},
	{"it", "La Francia ha condannato l'attacco da parte della Russia contro l'Ucraina.", []ent{fra, rus, ukr}, []string{"ACCUSE France>Russia", "ASSAULT Russia>Ukraine"}},
	// French
	{"fr", "La Russie a condamné les États-Unis.", []ent{rus, usa}, []string{"ACCUSE Russia>United States"}},
	{"fr", "La Chine enverra des troupes au Kazakhstan.", []ent{chn, kaz}, []string{"AGREE China>Kazakhstan +fut"}},
	// German
	{"de", "Russland hat die Ukraine angegriffen.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	{"de", "Frankreich unterstützt die Ukraine.", []ent{fra, ukr}, []string{"SUPPORT France>Ukraine"}},
	// Russian
	{"ru", "Россия поддержала Казахстан.", []ent{rus, kaz}, []string{"SUPPORT Russia>Kazakhstan"}},
	{"ru", "Россия не атаковала Украину.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine +neg"}},
	// Refraining negates; fear makes hypothetical.
	{"en", "Russia refrained from attacking Ukraine.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine +neg"}},
	{"es", "Las autoridades se abstuvieron hasta ahora de arrestar a los manifestantes.", nil, []string{"COERCE government>protesters +neg"}},
	{"en", "France withdrew its troops for fear of an attack by Russia.", []ent{fra, rus}, []string{"RETREAT France>-", "ASSAULT Russia>- +hyp"}},
	{"it", "La Francia ha ritirato i diplomatici per timore di un attacco.", []ent{fra}, []string{"SANCTION France>-"}},
	// A noun after a topic preposition or in a victim's genitive does not
	// take the clause subject: no event without an agent of its own.
	{"es", "Rusia rechazó las propuestas sobre el desarme.", []ent{rus}, []string{"REJECT Russia>-"}},
	{"en", "Ukraine held talks about a ceasefire.", []ent{ukr}, []string{"CONSULT Ukraine>-"}},
	{"en", "France withdrew its ambassador.", []ent{fra}, []string{"SANCTION France>-"}},
	{"es", "Francia retiró a sus diplomáticos.", []ent{fra}, []string{"SANCTION France>-"}},
	{"en", "Ukraine mourned the victims of the bombing.", []ent{ukr}, nil},
	{"en", "Ukraine mourned the victims of the attack by Russia.", []ent{rus, ukr}, []string{"ASSAULT Russia>-"}},
	{"de", "Frankreich gedachte der Opfer des Anschlags.", []ent{fra}, nil},
	// Lodging a protest is verbal; a crowd gathering is a demonstration,
	// officials gathering meet.
	{"es", "Francia emitió una airada protesta contra Irán.", []ent{fra, irn}, []string{"ACCUSE France>Iran"}},
	{"en", "China lodged a protest with the United States.", []ent{chn, usa}, []string{"ACCUSE China>United States"}},
	{"es", "Miles de manifestantes se reunieron frente al Congreso.", nil, []string{"PROTEST protesters>parliament"}},
	{"en", "EU ministers gathered in Brussels.", []ent{eu}, []string{"CONSULT European Union>-"}},
	{"en", "The delegates gathered in Brussels.", nil, nil},
	{"es", "Los trabajadores abuchearon al presidente.", nil, []string{"PROTEST workers>government"}},
	// A clause with a subject of its own that names no actor.
	{"es", "Rusia reaccionó cuando los periodistas le consultaron.", []ent{rus}, nil},
	{"en", "Russia said that the rebels attacked Ukraine.", []ent{rus, ukr}, []string{"ASSAULT rebels>Ukraine"}},
	{"en", "Russia said that the journalists attacked Ukraine.", []ent{rus, ukr}, nil},
	{"es", "Rusia anunció que la OTAN atacará Ucrania.", []ent{rus, ukr, nato}, []string{"ASSAULT North Atlantic Treaty Organization>Ukraine +fut"}},
	// A participle before the agent preposition is passive; a relative
	// pronoun takes the actor before it as subject.
	{"es", "Los rebeldes, apoyados por Rusia, atacaron Ucrania.", []ent{rus, ukr}, []string{"SUPPORT Russia>rebels", "ASSAULT rebels>Ukraine"}},
	{"es", "Los manifestantes, apoyados por pandilleros, protestaron.", nil, []string{"SUPPORT gangs>protesters", "PROTEST protesters>-"}},
	{"es", "Los obreros han protestado por los recortes.", nil, []string{"PROTEST workers>-"}},
	{"es", "La policía dispersó a los indígenas que exigen tierras.", nil, []string{"COERCE police>protesters", "PROTEST protesters>-"}},
	{"it", "L'Ucraina si è ritirata dalla città.", []ent{ukr}, []string{"RETREAT Ukraine>-"}},
	// What the accused is said to have done is alleged, not a fact.
	{"en", "Russia accused Ukraine of attacking Kazakhstan.", []ent{rus, ukr, kaz}, []string{"ACCUSE Russia>Ukraine", "ASSAULT Ukraine>Kazakhstan +hyp"}},
	{"it", "La Russia ha accusato l'Ucraina di aver attaccato il Kazakistan.", []ent{rus, ukr, kaz}, []string{"ACCUSE Russia>Ukraine", "ASSAULT Ukraine>Kazakhstan +hyp"}},
	{"en", "Russia criticized Ukraine and attacked Kazakhstan.", []ent{rus, ukr, kaz}, []string{"ACCUSE Russia>Ukraine", "ASSAULT Russia>Kazakhstan"}},
	// A name in the genitive with no article (German); perfective futures (Russian).
	{"de", "Die Gespräche kamen dank der Vermittlung Katars zustande.", []ent{{"QAT", "Qatar", "COUNTRY", "QAT", "", []string{"Katars"}}}, []string{"CONSULT Qatar>-"}},
	{"ru", "Россия направит войска в Казахстан.", []ent{rus, kaz}, []string{"AGREE Russia>Kazakhstan +fut"}},
	// A refused act did not happen, and names whom the refusal concerns;
	// a past act denied is disputed.
	{"en", "Russia refused to meet Ukraine.", []ent{rus, ukr}, []string{"REJECT Russia>Ukraine", "CONSULT Russia>Ukraine +neg"}},
	{"it", "L'Iran ha escluso di sedersi al tavolo con gli Stati Uniti.", []ent{irn, usa}, []string{"REJECT Iran>United States", "CONSULT Iran>United States +neg"}},
	{"en", "Russia denied having attacked Ukraine.", []ent{rus, ukr}, []string{"REJECT Russia>Ukraine", "ASSAULT Russia>Ukraine +hyp"}},
	// A threat named by a noun is an act only with its own agent.
	{"en", "NATO discussed the terrorist threat.", []ent{nato}, nil},
	{"en", "Ukraine rejected threats by Russia.", []ent{ukr, rus}, []string{"REJECT Ukraine>Russia", "THREATEN Russia>-"}},
	// Russian: a nominative role noun after a prepositional phrase is the subject.
	{"ru", "В стране президент Казахстана Токаев обратился к ОДКБ.", []ent{kaz, tok, csto}, []string{"REQUEST Kassym-Jomart Tokayev>Collective Security Treaty Organization"}},
	// What protesters demand is the topic of their protest.
	{"es", "Los manifestantes reclamaron elecciones anticipadas.", nil, []string{"PROTEST protesters>-"}},
	{"en", "Protesters in Kazakhstan demanded the resignation of Tokayev.", []ent{kaz, tok}, []string{"PROTEST protesters>Kassym-Jomart Tokayev @Kazakhstan"}},
	// Wire headlines in capitals drop accents.
	{"es", "MINEROS INICIAN PARALIZACION EN BOLIVIA", nil, []string{"PROTEST workers>-"}},
	{"es", "OBREROS PROTESTARAN EN PANAMA", nil, []string{"PROTEST workers>-"}},
	{"es", "MINEROS Y MAESTROS INICIAN PARALIZACION DE 48 HORAS", nil, []string{"PROTEST workers>-"}},
	{"es", "LA PARTIDA DE LOS MINEROS", nil, nil},
	{"es", "Los obreros PROTESTARAN mañana.", nil, nil}, // one word in capitals: no headline
	// A foreign state speaking of a protest is not what it is against.
	{"en", "The United States said people in Kazakhstan have the right to protest.", []ent{usa, kaz}, []string{"PROTEST protesters>government @Kazakhstan"}},
	// Peacekeepers arriving are aid, not a visit.
	{"en", "CSTO peacekeepers arrive in Kazakhstan.", []ent{csto, kaz}, []string{"AID Collective Security Treaty Organization>Kazakhstan"}},
	// The owner of forces moved sends them, also when the verb comes first;
	// a force they are part of is the organisation's.
	{"ru", "В Казахстан прибыли российские миротворцы.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"российские"}}, kaz}, []string{"AID Russia>Kazakhstan"}},
	{"ru", "В Казахстан прибыли подразделения российских десантников в составе сил ОДКБ.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"российских"}}, kaz, csto}, []string{"AID Collective Security Treaty Organization>Kazakhstan"}},
	{"en", "The deployment of Russian peacekeepers to Kazakhstan began on Friday.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Russian"}}, kaz}, []string{"AID Russia>Kazakhstan"}},
	{"en", "Britain sent Polish troops to Ukraine.", []ent{{"GBR", "United Kingdom", "COUNTRY", "GBR", "", []string{"Britain"}}, {"POL", "Poland", "COUNTRY", "POL", "", []string{"Polish"}}, ukr}, []string{"AID United Kingdom>Ukraine"}},
	{"es", "Rusia envió tropas de paz a Kazajistán en el marco de la misión de la OTSC.", []ent{rus, kaz, csto}, []string{"AID Collective Security Treaty Organization>Kazakhstan"}},
	{"en", "Iran released two French citizens.", []ent{irn, {"FRA", "France", "COUNTRY", "FRA", "", []string{"French"}}}, []string{"RETREAT Iran>France"}},
	// Firing a crowd-control weapon is one crowd-control assault, not a
	// shooting; what is fired at is the target.
	{"en", "Police fired tear gas at demonstrators.", nil, []string{"ASSAULT police>protesters"}},
	{"en", "Russian troops fired at Ukrainian positions.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Russian"}}, {"UKR", "Ukraine", "COUNTRY", "UKR", "", []string{"Ukrainian"}}}, []string{"ASSAULT Russia>Ukraine"}},
	// Drones delivered are aid, not an attack.
	{"en", "Iran's drone deliveries to Russia continued.", []ent{irn, {"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Russia"}}}, []string{"AID Iran>Russia"}},
	{"fr", "L'UE a sanctionné l'Iran pour ses livraisons de drones à la Russie.", []ent{eu, irn, {"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Russie"}}}, []string{"SANCTION European Union>Iran", "AID Iran>Russia"}},
	// A mediator between two parties consults each, not its co-mediator.
	{"it", "L'Egitto e il Qatar mediano tra Israele e Hamas.", []ent{egy, qat, isr, hamas}, []string{"CONSULT Egypt>Israel", "CONSULT Egypt>Hamas", "CONSULT Qatar>Israel", "CONSULT Qatar>Hamas"}},
	{"ru", "Египет выступает посредником между Израилем и ХАМАС.", []ent{egy, isr, hamas}, []string{"CONSULT Egypt>Israel", "CONSULT Egypt>Hamas"}},
	// What an accusation is about (Italian "sull'") is not the accuser's act.
	{"it", "Il Cremlino ha respinto le accuse di Kiev sull'attacco alla diga.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Cremlino"}}, {"UKR", "Ukraine", "COUNTRY", "UKR", "", []string{"Kiev"}}}, []string{"REJECT Russia>Ukraine", "ACCUSE Ukraine>-"}},
	// Signing a ceasefire is agreeing; a hyphenated ceasefire is one word,
	// not a firing.
	{"es", "El Gobierno de Colombia y el ELN firmaron un alto el fuego.", []ent{{"COL", "Colombia", "COUNTRY", "COL", "", []string{"Colombia"}}, {"grp:eln", "National Liberation Army", "ORG", "COL", "INS", []string{"ELN"}}}, []string{"AGREE Colombia>National Liberation Army", "AGREE National Liberation Army>Colombia"}},
	{"fr", "Le gouvernement et les rebelles ont signé un cessez-le-feu.", nil, []string{"AGREE government>rebels", "AGREE rebels>government"}},
	{"en", "The rebels declared a cease-fire.", nil, []string{"CONCEDE rebels>-"}},
	// Summoning an ambassador is a diplomatic protest against the
	// ambassador's state.
	{"de", "Polen bestellte den russischen Botschafter ein.", []ent{{"POL", "Poland", "COUNTRY", "POL", "", []string{"Polen"}}, {"RUS", "Russia", "COUNTRY", "RUS", "", []string{"russischen"}}}, []string{"ACCUSE Poland>Russia"}},
	{"de", "Polen hat den russischen Botschafter einbestellt.", []ent{{"POL", "Poland", "COUNTRY", "POL", "", []string{"Polen"}}, {"RUS", "Russia", "COUNTRY", "RUS", "", []string{"russischen"}}}, []string{"ACCUSE Poland>Russia"}},
	{"ru", "Россия вызвала посла Германии.", []ent{rus, {"DEU", "Germany", "COUNTRY", "DEU", "", []string{"Германии"}}}, []string{"ACCUSE Russia>Germany"}},
	{"fr", "La France a convoqué l'ambassadeur d'Iran.", []ent{fra, {"IRN", "Iran", "COUNTRY", "IRN", "", []string{"Iran"}}}, []string{"ACCUSE France>Iran"}},
	{"es", "México convocó al embajador de Ecuador.", []ent{{"MEX", "Mexico", "COUNTRY", "MEX", "", []string{"México"}}, {"ECU", "Ecuador", "COUNTRY", "ECU", "", []string{"Ecuador"}}}, []string{"ACCUSE Mexico>Ecuador"}},
	// Receiving a leader is a visit; the weapon of an attack is no attack,
	// however many there are.
	{"de", "Scholz empfing Macron in Berlin.", []ent{{"per:scholz", "Olaf Scholz", "PERSON", "DEU", "GOV", []string{"Scholz"}}, {"per:macron", "Emmanuel Macron", "PERSON", "FRA", "GOV", []string{"Macron"}}}, []string{"CONSULT Olaf Scholz>Emmanuel Macron"}},
	{"de", "Russland hat die Ukraine mit mehr als 100 Drohnen angegriffen.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	// Participants of a protest action are protesters.
	{"ru", "Полиция задержала десятки участников акции.", nil, []string{"COERCE police>protesters"}},
	// A visitor named after the verb of arriving, the place before or right
	// after it; a capital is a visit's destination; crowds do not visit.
	{"ru", "В Москву прибыл президент Казахстана.", []ent{{"per:tok", "Kassym-Jomart Tokayev", "PERSON", "KAZ", "GOV", []string{"президент Казахстана"}}, moscow}, []string{"CONSULT Kassym-Jomart Tokayev>Moscow @Moscow"}},
	{"it", "È arrivato a Mosca il presidente cinese Xi Jinping.", []ent{{"per:xi", "Xi Jinping", "PERSON", "CHN", "GOV", []string{"Xi Jinping"}}, {"CHN", "China", "COUNTRY", "CHN", "", []string{"cinese"}}, moscow}, []string{"CONSULT Xi Jinping>Moscow @Moscow"}},
	{"es", "El presidente chino llegó a Moscú.", []ent{{"CHN", "China", "COUNTRY", "CHN", "", []string{"chino"}}, moscow}, []string{"CONSULT China>Moscow @Moscow"}},
	{"es", "Algunos indígenas empezaron a llegar a Quito.", []ent{{"loc:quito", "Quito", "LOCATION", "ECU", "", []string{"Quito"}}}, nil},
	// Verb forms: German present and verb-final, Russian imperfective and
	// future.
	{"de", "Falls der Iran Israel angreift, werden die USA reagieren.", []ent{irn, isr, usa}, []string{"ASSAULT Iran>Israel +hyp"}},
	{"ru", "Россия не будет направлять войска в Казахстан.", []ent{rus, kaz}, []string{"AID Russia>Kazakhstan +neg +fut"}},
	{"ru", "Если Иран нападет на Израиль, США ответят.", []ent{{"IRN", "Iran", "COUNTRY", "IRN", "", []string{"Иран"}}, isr}, []string{"ASSAULT Iran>Israel +hyp"}},
	// "cuando", "quando" are no gerunds of purpose: the protest is coded.
	{"es", "Los estudiantes fueron detenidos cuando protestaban.", nil, []string{"PROTEST students>-"}},
	{"it", "Gli studenti sono stati arrestati quando protestavano.", nil, []string{"PROTEST students>-"}},
	// "At least", "al menos", "по меньшей мере" belong to the quantity of
	// the object.
	{"en", "Kenyan police killed at least 20 protesters.", nil, []string{"ASSAULT police>protesters"}},
	{"es", "La policía mató al menos a 20 manifestantes.", nil, []string{"ASSAULT police>protesters"}},
	{"ru", "Полиция задержала по меньшей мере 20 протестующих.", nil, []string{"COERCE police>protesters"}},
	// What a proposal or a plan is about has not happened.
	{"it", "Israele ha accettato la proposta egiziana di tregua.", []ent{isr, egy}, []string{"AGREE Israel>Egypt"}},
	{"en", "Israel rejected the Egyptian truce proposal.", []ent{isr, egy}, []string{"REJECT Israel>Egypt"}},
	{"fr", "Israël a rejeté la proposition égyptienne de trêve.", []ent{{"ISR", "Israel", "COUNTRY", "ISR", "", []string{"Israël"}}, egy}, []string{"REJECT Israel>Egypt"}},
	// A capital aid is sent to is its recipient; not one's own.
	{"it", "L'Italia fornirà armi a Kiev.", []ent{{"ITA", "Italy", "COUNTRY", "ITA", "", []string{"Italia"}}, kyiv}, []string{"AGREE Italy>Kyiv +fut @Kyiv"}},
	{"en", "Germany sent weapons to Kyiv.", []ent{{"DEU", "Germany", "COUNTRY", "DEU", "", []string{"Germany"}}, kyiv}, []string{"AID Germany>Kyiv @Kyiv"}},
	// (and troops sent within one's own country are deployed, not given)
	{"it", "La Russia ha inviato truppe a Mosca.", []ent{rus, moscow}, []string{"MOBILIZE Russia>- @Moscow"}},
	// Aid "for" a state is aid to it, however far the amount keeps them apart.
	{"es", "La UE aprobó una ayuda de 50.000 millones de euros para Ucrania.", []ent{eu, ukr}, []string{"AID European Union>Ukraine"}},
	{"fr", "L'UE a débloqué une aide de 50 milliards d'euros pour l'Ukraine.", []ent{eu, ukr}, []string{"AID European Union>Ukraine"}},
	// What may happen "in case of" is not the subject's act.
	{"ru", "Китай пригрозил ответными мерами в случае визита Пелоси.", []ent{{"CHN", "China", "COUNTRY", "CHN", "", []string{"Китай"}}, {"per:pelosi", "Nancy Pelosi", "PERSON", "USA", "LEG", []string{"Пелоси"}}}, []string{"THREATEN China>Nancy Pelosi"}},
	{"fr", "La Chine a menacé de riposter en cas d'attaque contre Taïwan.", []ent{{"CHN", "China", "COUNTRY", "CHN", "", []string{"Chine"}}, {"TWN", "Taiwan", "COUNTRY", "TWN", "", []string{"Taïwan"}}}, []string{"THREATEN China>-"}},
	// In reported speech "would" and the conditional are a future in the
	// past; "could" stays a possibility, and so does "would" with no report.
	{"en", "Russia said it would send troops to Belarus.", []ent{rus, blr}, []string{"AGREE Russia>Belarus +fut"}},
	{"en", "Russia said it could send troops to Belarus.", []ent{rus, blr}, []string{"AID Russia>Belarus +hyp"}},
	{"en", "Russia would send troops to Belarus if asked.", []ent{rus, blr}, []string{"AID Russia>Belarus +hyp"}},
	{"es", "Rusia dijo que enviaría tropas a Bielorrusia.", []ent{rus, {"BLR", "Belarus", "COUNTRY", "BLR", "", []string{"Bielorrusia"}}}, []string{"AGREE Russia>Belarus +fut"}},
	// Warships sent somewhere are a show of force.
	{"en", "The United States sent an aircraft carrier to the eastern Mediterranean.", []ent{usa}, []string{"MOBILIZE United States>-"}},
	{"ru", "Россия направила военные корабли в Средиземное море.", []ent{rus}, []string{"MOBILIZE Russia>-"}},
	// Sit-ins, pickets, vigils and torchlight marches are protests.
	{"es", "Los maestros mantienen un plantón en la plaza.", nil, []string{"PROTEST workers>-"}},
	{"es", "Los camioneros instalaron piquetes en las rutas.", nil, []string{"PROTEST workers>-"}},
	{"it", "I lavoratori hanno fatto un picchetto davanti alla fabbrica.", nil, []string{"PROTEST workers>-"}},
	{"de", "Aktivisten hielten eine Mahnwache vor der Botschaft ab.", nil, []string{"PROTEST protesters>-"}},
	{"ru", "Активисты провели пикет у посольства.", nil, []string{"PROTEST protesters>government"}},
	// Lock-ins and road closures by a crowd are protests; an official
	// closing roads restricts movement.
	{"es", "Los mineros realizan un encierro en la mina.", nil, []string{"PROTEST workers>-"}},
	{"es", "Los transportistas anunciaron el cierre de vías.", nil, []string{"PROTEST workers>-"}},
	{"es", "El gobierno ordenó el cierre de las carreteras.", nil, []string{"COERCE government>-"}},
	// What a request asks for is no act of the requester.
	{"en", "Israel demanded the release of the hostages.", []ent{isr}, []string{"REQUEST Israel>-"}},
	// A quote that opens the sentence is its speaker's, who may be named
	// before the closing verb of saying; French first person plural.
	{"en", "We condemn the attack, the Russian foreign ministry said.", []ent{{"gov:RUS:MFA", "Ministry of Foreign Affairs of Russia", "ORG", "RUS", "GOV", []string{"Russian foreign ministry"}}}, []string{"ACCUSE Ministry of Foreign Affairs of Russia>-"}},
	{"en", "We will not send troops, Germany said.", []ent{{"DEU", "Germany", "COUNTRY", "DEU", "", []string{"Germany"}}}, []string{"AID Germany>- +neg +fut"}},
	{"es", "No enviaremos tropas, dijo Alemania.", []ent{{"DEU", "Germany", "COUNTRY", "DEU", "", []string{"Alemania"}}}, []string{"AID Germany>- +neg +fut"}},
	{"fr", "Nous condamnons cette attaque, a déclaré la France.", []ent{fra}, []string{"ACCUSE France>-"}},
	// Discussing with someone is consulting them; two parties talking about
	// a place consult each other, not the place.
	{"en", "Macron discussed the war with Zelensky.", []ent{{"per:macron", "Emmanuel Macron", "PERSON", "FRA", "GOV", []string{"Macron"}}, {"per:zelensky", "Volodymyr Zelensky", "PERSON", "UKR", "GOV", []string{"Zelensky"}}}, []string{"CONSULT Emmanuel Macron>Volodymyr Zelensky"}},
	{"ru", "Путин и Эрдоган обсудили по телефону ситуацию в Сирии.", []ent{{"per:putin", "Vladimir Putin", "PERSON", "RUS", "GOV", []string{"Путин"}}, {"per:erdogan", "Recep Tayyip Erdoğan", "PERSON", "TUR", "GOV", []string{"Эрдоган"}}, {"SYR", "Syria", "COUNTRY", "SYR", "", []string{"Сирии"}}}, []string{"CONSULT Vladimir Putin>Recep Tayyip Erdoğan", "CONSULT Recep Tayyip Erdoğan>Vladimir Putin"}},
	// A phrase of one noun before the actor's own article ends there: the
	// actor is the next verb's subject, not the object of the noun before.
	{"it", "Dopo le proteste nel paese il presidente Tokayev ha chiesto aiuto alla CSTO.", []ent{tok, csto}, []string{"PROTEST protesters>-", "REQUEST Kassym-Jomart Tokayev>Collective Security Treaty Organization"}},
	{"es", "Tras las protestas en el país el presidente Tokayev pidió ayuda a la OTSC.", []ent{tok, csto}, []string{"PROTEST protesters>-", "REQUEST Kassym-Jomart Tokayev>Collective Security Treaty Organization"}},
	{"ru", "На фоне протестов в стране президент Токаев обратился к ОДКБ.", []ent{tok, csto}, []string{"PROTEST protesters>-", "REQUEST Kassym-Jomart Tokayev>Collective Security Treaty Organization"}},
	// PLOVER: regret and apologies are concessions, and so is an announced
	// future retreat; a loan granted is aid; lifting a ban concedes.
	{"en", "Pakistan apologised to Iran for the border incident.", []ent{{"PAK", "Pakistan", "COUNTRY", "PAK", "", []string{"Pakistan"}}, irn}, []string{"CONCEDE Pakistan>Iran"}},
	{"ru", "Турция извинилась перед Россией.", []ent{{"TUR", "Turkey", "COUNTRY", "TUR", "", []string{"Турция"}}, {"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Россией"}}}, []string{"CONCEDE Turkey>Russia"}},
	{"en", "Russia announced it would withdraw its troops from the border.", []ent{rus}, []string{"CONCEDE Russia>- +fut"}},
	{"it", "Il Qatar ha concesso un prestito di 500 milioni di dollari all'Egitto.", []ent{qat, egy}, []string{"AID Qatar>Egypt"}},
	{"en", "The Taliban lifted the ban on foreign journalists.", []ent{tal}, []string{"CONCEDE Taliban>journalists"}},
	// A passive verb after a predicate noun names its agent.
	{"en", "Sanctions were imposed on Iran by the United States.", []ent{irn, usa}, []string{"SANCTION United States>Iran"}},
	{"it", "Nuove sanzioni sono state imposte all'Iran dagli Stati Uniti.", []ent{irn, usa}, []string{"SANCTION United States>Iran"}},
	// An earlier event the clause is dated by is not its subject's act.
	{"it", "La Francia ha espresso sostegno all'Ucraina dopo l'attacco.", []ent{fra, ukr}, []string{"SUPPORT France>Ukraine"}},
	// German verb-second: after a fronted phrase the subject follows the
	// finite verb.
	{"de", "Am Montag verurteilte Deutschland Russland.", []ent{{"DEU", "Germany", "COUNTRY", "DEU", "", []string{"Deutschland"}}, rus}, []string{"ACCUSE Germany>Russia"}},
	{"de", "Nach Angaben der Behörden griff Russland die Ukraine an.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	{"de", "In der Nacht hat Russland die Ukraine angegriffen.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	// A state blocking access restricts movement; crowds blocking roads
	// protest, and so do soldiers who block roads to protest.
	{"it", "Mosca ha bloccato l'accesso a Instagram.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Mosca"}}}, []string{"COERCE Russia>-"}},
	{"it", "Gli agricoltori hanno bloccato l'autostrada.", nil, []string{"PROTEST workers>-"}},
	// The capital an envoy is recalled from is its state's.
	{"en", "Algeria recalled its ambassador from Madrid.", []ent{{"DZA", "Algeria", "COUNTRY", "DZA", "", []string{"Algeria"}}, {"loc:madrid", "Madrid", "LOCATION", "ESP", "", []string{"Madrid"}}}, []string{"SANCTION Algeria>Madrid @Madrid"}},
	// Joint exercises are military cooperation between the parties, not a
	// mobilisation; being near a border is no support.
	{"it", "Russia e Bielorussia hanno avviato esercitazioni militari congiunte vicino al confine polacco.", []ent{rus, blr, {"POL", "Poland", "COUNTRY", "POL", "", []string{"polacco"}}}, []string{"COOPERATE Russia>Belarus", "COOPERATE Belarus>Russia"}},
	// PLOVER: a future meeting or visit is an agreement; consultations that
	// will go on stay consultations. Pardons concede; rockets fired at a
	// city attack it; "grazie" (thanks) is no pardon.
	{"en", "Olaf Scholz will meet Donald Tusk in Berlin next week.", []ent{{"per:scholz", "Olaf Scholz", "PERSON", "DEU", "GOV", []string{"Olaf Scholz"}}, {"per:tusk", "Donald Tusk", "PERSON", "POL", "GOV", []string{"Donald Tusk"}}}, []string{"AGREE Olaf Scholz>Donald Tusk +fut"}},
	{"en", "Russia will continue to consult Kazakhstan.", []ent{rus, kaz}, []string{"CONSULT Russia>Kazakhstan +fut"}},
	{"fr", "Le président sénégalais a gracié des centaines d'opposants.", []ent{{"SEN", "Senegal", "COUNTRY", "SEN", "", []string{"sénégalais"}}}, []string{"CONCEDE Senegal>opposition"}},
	{"en", "Hamas fired rockets at Tel Aviv.", []ent{hamas, {"loc:tel-aviv", "Tel Aviv", "LOCATION", "ISR", "", []string{"Tel Aviv"}}}, []string{"ASSAULT Hamas>Tel Aviv @Tel Aviv"}},
	{"it", "Arabia Saudita e Iran hanno ripristinato le relazioni grazie alla mediazione della Cina.", []ent{{"SAU", "Saudi Arabia", "COUNTRY", "SAU", "", []string{"Arabia Saudita"}}, irn, {"CHN", "China", "COUNTRY", "CHN", "", []string{"Cina"}}}, []string{"COOPERATE Saudi Arabia>Iran", "COOPERATE Iran>Saudi Arabia", "CONSULT China>-"}},
	// Russian: the bare name after a verb of giving is the dative recipient.
	{"ru", "Китай направил Афганистану партию гуманитарной помощи.", []ent{{"CHN", "China", "COUNTRY", "CHN", "", []string{"Китай"}}, {"AFG", "Afghanistan", "COUNTRY", "AFG", "", []string{"Афганистану"}}}, []string{"AID China>Afghanistan"}},
	// Freezing assets sanctions; forces put on alert are mobilised;
	// protesters storming a building riot; Alger is Algeria's capital.
	{"fr", "L'UE a gelé les avoirs de plusieurs oligarques russes.", []ent{eu, {"RUS", "Russia", "COUNTRY", "RUS", "", []string{"russes"}}}, []string{"SANCTION European Union>Russia"}},
	{"fr", "La Russie a placé ses forces nucléaires en état d'alerte.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Russie"}}}, []string{"MOBILIZE Russia>-"}},
	{"fr", "Des manifestants ont pris d'assaut le Parlement.", nil, []string{"PROTEST protesters>parliament"}},
	// Troops arriving do not visit; their minister does.
	{"en", "Russian paratroopers arrived in Kazakhstan.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Russian"}}, kaz}, nil},
	{"en", "The Russian defence minister arrived in Kazakhstan.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Russian"}}, kaz}, []string{"CONSULT Russia>Kazakhstan"}},
	{"es", "Tropas rusas llegaron a Kazajistán.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"rusas"}}, kaz}, nil},
	{"it", "Le truppe russe sono arrivate in Kazakistan.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"russe"}}, kaz}, nil},
	// A pronoun starting a sentence stands for the previous sentence's actor.
	{"en", "Russia attacked Ukraine. It also threatened Kazakhstan.", []ent{rus, ukr, kaz}, []string{"ASSAULT Russia>Ukraine", "THREATEN Russia>Kazakhstan"}},
	{"en", "Russia attacked Ukraine. He also threatened Kazakhstan.", []ent{rus, ukr, kaz}, []string{"ASSAULT Russia>Ukraine"}},
	// A noun in quotation marks takes no actor from outside them; an aside
	// in a relative clause gives no fallback target.
	{"en", "Russia said the deal included \"access to humanitarian aid\".", []ent{rus}, nil},
	{"en", "Lavrov, who visited Iran last year, praised the plan.", []ent{lav, irn}, []string{"CONSULT Sergey Lavrov>Iran", "SUPPORT Sergey Lavrov>-"}},
	// A participle after the noun it qualifies is passive: no agent, no event.
	{"it", "La Russia ha parlato delle persone catturate.", []ent{rus}, nil},
	{"es", "Los campesinos mantenían retenidas a 24 personas.", nil, []string{"COERCE protesters>civilians"}},
	{"es", "Las fuerzas del orden han sido masivamente movilizadas.", nil, []string{"MOBILIZE police>-"}},
	// A pattern's own "not" is no negation of it.
	{"en", "The EU could not agree on new sanctions.", []ent{eu}, []string{"REJECT European Union>-", "SANCTION European Union>- +neg +hyp"}},
	// Forces in the genitive of their withdrawal are what the state moves.
	{"en", "Russia announced the withdrawal of troops from Kazakhstan.", []ent{rus, kaz}, []string{"RETREAT Russia>Kazakhstan"}},
	// Spanish and Italian leave a repeated subject unsaid.
	{"it", "La Russia ha attaccato l'Ucraina. Ha poi minacciato il Kazakistan.", []ent{rus, ukr, kaz}, []string{"ASSAULT Russia>Ukraine", "THREATEN Russia>Kazakhstan"}},
	{"es", "Rusia atacó Ucrania. Amenazó después a Kazajistán.", []ent{rus, ukr, kaz}, []string{"ASSAULT Russia>Ukraine", "THREATEN Russia>Kazakhstan"}},
	{"es", "Rusia atacó Ucrania. Las amenazas a Kazajistán crecen.", []ent{rus, ukr, kaz}, []string{"ASSAULT Russia>Ukraine"}},
	// The speaker of a report is not the fallback target.
	{"en", "Lavrov indicated that the European Union would back the plan.", []ent{lav, eu}, []string{"AGREE European Union>- +fut"}},
	// "reso noto" (made known) is no surrender.
	{"it", "La polizia ha reso noto il bilancio degli scontri.", nil, nil},
	// Land occupations, pot-banging, chanting slogans are protests.
	{"es", "Los estudiantes siguen protestando en Quito.", nil, []string{"PROTEST students>-"}},
	{"en", "Protesters chanted slogans outside parliament.", nil, []string{"PROTEST protesters>parliament"}},
	{"es", "Los campesinos ocuparon la finca de un terrateniente.", nil, []string{"PROTEST protesters>-"}},
	{"es", "Un cacerolazo sacudió Buenos Aires.", nil, []string{"PROTEST protesters>-"}},
	// Rioters are a crowd.
	{"es", "Un grupo de revoltosos atacó a la policía.", nil, []string{"ASSAULT protesters>police"}},
	// A call to strike or to demonstrate is the protest, not a request; a
	// call to dialogue is a request to meet.
	{"es", "Los sindicatos de Francia hicieron un llamado a la huelga general.", []ent{fra}, []string{"PROTEST France>government"}},
	{"es", "Irán hizo un llamado al diálogo con Francia.", []ent{irn, fra}, []string{"REQUEST Iran>France"}},
	{"en", "Unions in France called a general strike.", []ent{fra}, []string{"PROTEST workers>government @France"}},
	{"it", "I sindacati hanno indetto uno sciopero generale contro il governo della Francia.", []ent{fra}, []string{"PROTEST workers>France"}},
	{"fr", "Les syndicats ont lancé un appel à la grève contre le gouvernement de la France.", []ent{fra}, []string{"PROTEST workers>France"}},
	{"de", "Die Gewerkschaften riefen zum Generalstreik gegen die Regierung von Frankreich auf.", []ent{fra}, []string{"PROTEST workers>France"}},
	{"ru", "Профсоюзы призвали к забастовке.", nil, []string{"PROTEST workers>-"}},
	// What a protest is for is its topic, not an event of its own (PLOVER);
	// a demand in a clause of its own stays one.
	{"es", "Los maestros de Francia iniciaron una huelga para exigir aumentos salariales.", []ent{fra}, []string{"PROTEST France>government"}},
	{"es", "Los campesinos ocuparon la sede del gobierno en rechazo a la reforma.", nil, []string{"PROTEST protesters>government"}},
	{"en", "Protesters marched in Paris, demanding the resignation of the government.", []ent{paris}, []string{"PROTEST protesters>government @Paris"}},
	// Expelling or recalling diplomats: the target is their state, or the
	// state they serve in.
	{"en", "Russia expelled the ambassador of France.", []ent{rus, fra}, []string{"SANCTION Russia>France"}},
	{"es", "Rusia expulsó al embajador de Francia.", []ent{rus, fra}, []string{"SANCTION Russia>France"}},
	{"es", "Irán retiró a su embajador en Francia.", []ent{irn, fra}, []string{"SANCTION Iran>France"}},
	{"en", "Iran recalled its ambassador from France in protest at the cartoons.", []ent{irn, fra}, []string{"SANCTION Iran>France"}},
	{"de", "Russland rief seinen Botschafter aus Frankreich zurück.", []ent{rus, fra}, []string{"SANCTION Russia>France"}},
	// Why an act was done is not the act of its subject.
	{"en", "The European Union imposed sanctions on Russia over the annexation of Crimea.", []ent{eu, rus}, []string{"SANCTION European Union>Russia"}},
	{"es", "Irán condenó a Francia por el ataque.", []ent{irn, fra}, []string{"ACCUSE Iran>France"}},
	{"ru", "Россия ввела санкции против Франции за нападение.", []ent{rus, {"FRA", "France", "COUNTRY", "FRA", "", []string{"Франции"}}}, []string{"SANCTION Russia>France"}},
	// A demand's clause names the addressee, and its act is asked for.
	{"es", "Rusia exigió que Ucrania retire sus tropas.", []ent{rus, ukr}, []string{"REQUEST Russia>Ukraine", "RETREAT Ukraine>- +hyp"}},
	{"en", "Russia demanded that Ukraine withdraw its troops.", []ent{rus, ukr}, []string{"REQUEST Russia>Ukraine"}},
	// A place belongs to the nearest predicate: not to an act that another
	// one stands between ("sanctions ... over the support in X"), unless a
	// setting preposition makes it shared ("during the visit to X").
	{"it", "Gli Stati Uniti hanno imposto sanzioni all'Iran per il sostegno alla Russia a Parigi.", []ent{usa, irn, rus, paris}, []string{"SANCTION United States>Iran"}},
	{"it", "La Francia ha ribadito il sostegno all'Ucraina durante il vertice di Parigi.", []ent{fra, ukr, paris}, []string{"SUPPORT France>Ukraine @Paris"}},
	// A capital after a preposition of being in a place is where, not whom.
	{"es", "El ejército de Francia atacó en el centro de Moscú.", []ent{fra, {"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Moscú"}}}, []string{"ASSAULT France>-"}},
	// German compounds of military aid; farmers blocking roads.
	{"de", "Die USA kündigten weitere Militärhilfe für die Ukraine an.", []ent{{"USA", "United States", "COUNTRY", "USA", "", []string{"USA"}}, ukr}, []string{"AID United States>Ukraine"}},
	{"de", "Tausende Landwirte blockierten die Straßen.", nil, []string{"PROTEST workers>-"}},
	// French: the elided "si" is hypothetical only before il/ils, so
	// "s'est entretenu" is a fact.
	{"fr", "La France s'est entretenue avec la Russie.", []ent{fra, rus}, []string{"CONSULT France>Russia"}},
	// Denying involvement in an attack is not attacking.
	{"en", "Russia denied any involvement in the attack.", []ent{rus}, []string{"REJECT Russia>-"}},
	// The weapon that disperses a crowd is the police's, not the crowd's; a
	// dispersal by a crowd-control weapon is that assault alone (PLOVER),
	// one without is a restriction.
	{"es", "La policía dispersó a los manifestantes con gases lacrimógenos.", nil, []string{"ASSAULT police>protesters"}},
	{"en", "Police dispersed the protesters with tear gas.", nil, []string{"ASSAULT police>protesters"}},
	{"en", "Police dispersed the protesters.", nil, []string{"COERCE police>protesters"}},
	// Seizing a town is fighting.
	{"en", "Russia captured the town of Avdiivka.", []ent{rus}, []string{"ASSAULT Russia>-"}},
	// An English participle after its noun with no object is a passive
	// whose agent is unsaid; a named actor before it stays the subject,
	// save in "X accused of".
	{"en", "The United States sanctioned companies accused of helping Russia.", []ent{usa, rus}, []string{"SANCTION United States>-"}},
	{"en", "Two journalists killed in Ukraine were buried on Monday.", []ent{ukr}, nil},
	{"en", "Russia attacked on Tuesday.", []ent{rus}, []string{"ASSAULT Russia>-"}},
	{"en", "Russia accused of war crimes.", []ent{rus}, nil},
	// What a threat says will be done is the threat's content (PLOVER: its
	// mode), not an act; repelling an attack is fighting; dissatisfaction
	// is disapproval.
	{"it", "La Russia ha minacciato di estendere l'offensiva all'Ucraina.", []ent{rus, ukr}, []string{"THREATEN Russia>Ukraine"}},
	{"en", "Russia threatened to cut gas supplies to Ukraine.", []ent{rus, ukr}, []string{"THREATEN Russia>Ukraine"}},
	{"it", "L'esercito della Russia ha respinto un attacco dell'Ucraina.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	{"it", "La Cina ha espresso insoddisfazione.", []ent{chn}, []string{"ACCUSE China>-"}},
	// Italian farmers blocking motorways; "i talebani"; the Pope.
	{"it", "Gli agricoltori hanno bloccato le autostrade.", nil, []string{"PROTEST workers>-"}},
	{"it", "Il Papa ha lanciato un appello.", nil, []string{"REQUEST clergy>-"}},
	// Two parties of a meeting with no one else named meet each other; a
	// possible act is hypothetical; initialling a treaty is agreeing.
	{"en", "Russia and Ukraine held talks in Paris.", []ent{rus, ukr, paris}, []string{"CONSULT Russia>Ukraine @Paris", "CONSULT Ukraine>Russia @Paris"}},
	{"en", "Russia announced a possible attack on Ukraine.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine +hyp"}},
	{"en", "Russia and Ukraine initialled a treaty.", []ent{rus, ukr}, []string{"AGREE Russia>Ukraine", "AGREE Ukraine>Russia"}},
	// Declaring a ceasefire is a concession; what a march carries is no
	// attack.
	{"es", "Rusia anunció un alto el fuego unilateral.", []ent{rus}, []string{"CONCEDE Russia>-"}},
	{"es", "Los mineros de Francia marcharon con cartuchos de dinamita.", []ent{fra}, []string{"PROTEST France>government"}},
	// A protest in the protesters' own country is against its government,
	// not against themselves.
	{"es", "Los mineros rusos iniciaron una huelga en Rusia.", []ent{rus}, []string{"PROTEST Russia>government"}},
	{"en", "Russian miners went on strike across Russia.", []ent{rus}, []string{"PROTEST workers>government"}},
	// The kind after a quantity names the people.
	{"en", "The police arrested dozens of protesters.", nil, []string{"COERCE police>protesters"}},
	// A place of another country that an attack strikes, or that a state's
	// attack happens in, is its target; a place of the attacker's own
	// country it happens in is only where.
	{"en", "Russia shelled Kharkiv.", []ent{rus, {"loc:kharkiv", "Kharkiv", "LOCATION", "UKR", "", []string{"Kharkiv"}}}, []string{"ASSAULT Russia>Kharkiv @Kharkiv"}},
	{"ru", "Россия нанесла удар по Харькову.", []ent{rus, {"loc:kharkiv", "Kharkiv", "LOCATION", "UKR", "", []string{"Харькову"}}}, []string{"ASSAULT Russia>Kharkiv @Kharkiv"}},
	// (a state's attack in another state's place hits that place)
	{"en", "Russia attacked positions in Kharkiv.", []ent{rus, {"loc:kharkiv", "Kharkiv", "LOCATION", "UKR", "", []string{"Kharkiv"}}}, []string{"ASSAULT Russia>Kharkiv @Kharkiv"}},
	{"en", "Russia attacked positions in Belgorod.", []ent{rus, {"loc:belgorod", "Belgorod", "LOCATION", "RUS", "", []string{"Belgorod"}}}, []string{"ASSAULT Russia>- @Belgorod"}},
	// The accused's act after a perfect auxiliary is alleged.
	{"it", "L'Ucraina ha accusato la Russia di aver deportato migliaia di bambini.", []ent{ukr, rus}, []string{"ACCUSE Ukraine>Russia", "COERCE Russia>- +hyp"}},
	// A truce a resolution is about is no truce.
	{"it", "L'Onu ha votato una risoluzione sul cessate il fuoco.", []ent{{"igo:un", "United Nations", "ORG", "", "IGO", []string{"Onu"}}}, nil},
	// Closing airspace to a state; hosting a leader.
	{"en", "Turkey closed its airspace to Russian planes.", []ent{{"TUR", "Turkey", "COUNTRY", "TUR", "", []string{"Turkey"}}, {"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Russian"}}}, []string{"SANCTION Turkey>Russia"}},
	{"en", "France hosted Lavrov.", []ent{fra, lav}, []string{"CONSULT France>Sergey Lavrov"}},
	// Suspending a member is a sanction; aid "for" a state is aid to it.
	{"en", "NATO suspended Russia.", []ent{nato, rus}, []string{"SANCTION North Atlantic Treaty Organization>Russia"}},
	{"es", "La OTAN suspendió a Rusia.", []ent{nato, rus}, []string{"SANCTION North Atlantic Treaty Organization>Russia"}},
	{"en", "The United States announced military aid for Ukraine.", []ent{usa, ukr}, []string{"AID United States>Ukraine"}},
	// A verb of phase between a request and the act asked for.
	{"en", "Russia called on NATO to stop supporting Ukraine.", []ent{rus, nato, ukr}, []string{"REQUEST Russia>North Atlantic Treaty Organization", "SUPPORT North Atlantic Treaty Organization>Ukraine +hyp"}},
	{"es", "Rusia pidió a Ucrania dejar de atacar a Kazajistán.", []ent{rus, ukr, kaz}, []string{"REQUEST Russia>Ukraine", "ASSAULT Ukraine>Kazakhstan +hyp"}},
	// Ending a strike or a protest is a concession (CAMEO 082); lifting
	// sanctions a retreat (085).
	{"es", "Los maestros de Francia levantaron la huelga.", []ent{fra}, []string{"CONCEDE France>-"}},
	{"en", "The unions of France called off the strike.", []ent{fra}, []string{"CONCEDE France>-"}},
	{"de", "Die Gewerkschaft beendete den Streik.", nil, []string{"CONCEDE workers>-"}},
	{"en", "The United States lifted sanctions on Iran.", []ent{usa, irn}, []string{"RETREAT United States>Iran"}},
	// Russian: what one is accused of is alleged; the infinitive after a
	// request is asked for; deploying troops is mobilising.
	{"ru", "Россия обвинила Украину в обстреле.", []ent{rus, ukr}, []string{"ACCUSE Russia>Ukraine", "ASSAULT Ukraine>- +hyp"}},
	{"ru", "Россия призвала Украину прекратить обстрелы.", []ent{rus, ukr}, []string{"REQUEST Russia>Ukraine", "ASSAULT Ukraine>- +hyp"}},
	{"ru", "Россия разместила войска на границе с Украиной.", []ent{rus, ukr}, []string{"MOBILIZE Russia>-"}},
	// The weapon of an attack is no attack of its own.
	{"de", "Russland hat die Ukraine in der Nacht mit Drohnen angegriffen.", []ent{rus, ukr}, []string{"ASSAULT Russia>Ukraine"}},
	// Separable verbs and marches.
	{"de", "Die Polizei nahm in Hamburg zwölf Demonstranten fest.", []ent{{"loc:hamburg", "Hamburg", "LOCATION", "DEU", "", []string{"Hamburg"}}}, []string{"COERCE police>protesters @Hamburg"}},
	{"fr", "Des milliers de manifestants ont défilé à Paris.", []ent{paris}, []string{"PROTEST protesters>government @Paris"}},
	// Freeing a state's citizens is a release towards that state.
	{"en", "Iran released two citizens of France.", []ent{irn, fra}, []string{"RETREAT Iran>France"}},
	// A call for talks is a request to meet, not a phone call.
	{"en", "Russia called for talks with Ukraine.", []ent{rus, ukr}, []string{"REQUEST Russia>Ukraine"}},
	// Stones and petrol bombs are primitive violence.
	{"es", "Los colonos de Israel apedrearon vehículos en Hebrón.", []ent{isr}, []string{"ASSAULT Israel>-"}},
	{"en", "Protesters threw stones at the police.", nil, []string{"ASSAULT protesters>police"}},
	{"de", "Demonstranten warfen Steine auf die Polizei.", nil, []string{"ASSAULT protesters>police"}},
	{"es", "Los manifestantes marcharon mientras el gobierno de Francia pedía calma.", []ent{fra}, []string{"PROTEST protesters>government", "REQUEST France>-"}},
	// A verb coordinated after an object shares the first verb's subject;
	// it is not that verb's object.
	{"es", "Francia se reunió con Irán y criticó a Israel.", []ent{fra, irn, isr}, []string{"CONSULT France>Iran", "ACCUSE France>Israel"}},
	// "detener" with a thing as object stops it: no arrest; blocking a
	// resolution rejects it; "un par de" is no strike.
	{"es", "Israel detuvo una serie de campañas contra Irán.", []ent{isr, irn}, nil},
	{"es", "Israel detuvo a tres ciudadanos de Irán.", []ent{isr, irn}, []string{"COERCE Israel>Iran"}},
	{"es", "Israel trató de bloquear la resolución sobre Irán.", []ent{isr, irn}, []string{"REJECT Israel>-"}},
	{"es", "Hace un par de años los sindicatos de Israel se reunieron con Irán.", []ent{isr, irn}, []string{"CONSULT Israel>Iran"}},
	// Mobilising people is a protest (PLOVER), mobilising troops is not.
	{"es", "Los sindicatos de Israel movilizaron a miles de trabajadores.", []ent{isr}, []string{"PROTEST Israel>government"}},
	{"es", "Israel movilizó a miles de soldados.", []ent{isr}, []string{"MOBILIZE Israel>-"}},
	{"es", "La policía de Irán reforzó la seguridad en Teherán.", []ent{irn}, []string{"MOBILIZE Iran>-"}},
	{"es", "Los alcaldes de Irán denunciaron a Israel.", []ent{irn, isr}, []string{"ACCUSE Iran>Israel"}},
	// The purpose of a verb in the future is to come: a meeting, AGREE.
	{"es", "Francia viajará a Irán en octubre para reunirse con Israel.", []ent{fra, irn, isr}, []string{"AGREE France>Iran +fut", "AGREE France>Israel +fut"}},
	{"it", "La Francia si recherà in Iran per incontrare Israele.", []ent{fra, irn, isr}, []string{"AGREE France>Iran +fut", "AGREE France>Israel +fut @Iran"}},
	{"en", "France travelled to Iran to meet Israel.", []ent{fra, irn, isr}, []string{"CONSULT France>Iran", "CONSULT France>Israel"}},
	// Two parties gathering, or acting jointly, with no one else named act
	// on each other, also when they own the forces that act.
	{"es", "Francia e Irán se reunieron el lunes.", []ent{fra, irn}, []string{"CONSULT France>Iran", "CONSULT Iran>France"}},
	{"es", "Las armadas de Francia e Irán realizaron maniobras conjuntas.", []ent{fra, irn}, []string{"COOPERATE France>Iran", "COOPERATE Iran>France"}},
	{"it", "I soldati della Francia e dell'Iran hanno avviato pattugliamenti congiunti.", []ent{fra, irn}, []string{"COOPERATE France>Iran", "COOPERATE Iran>France"}},
	// Declaring a diplomat persona non grata expels them; their state is
	// the target, in the gap of the pattern too.
	{"es", "Irán declaró persona non grata a la embajadora de Francia.", []ent{irn, fra}, []string{"SANCTION Iran>France"}},
	{"en", "Iran declared the French ambassador persona non grata.", []ent{irn, {"FRA", "France", "COUNTRY", "FRA", "", []string{"French"}}}, []string{"SANCTION Iran>France"}},
	// An apology asked for is a concession; "scendere in piazza" is a
	// demonstration.
	{"it", "La Francia ha chiesto scusa all'Iran.", []ent{fra, irn}, []string{"CONCEDE France>Iran"}},
	{"it", "Migliaia di persone sono scese in piazza in Iran.", []ent{irn}, []string{"PROTEST protesters>Iran"}},
	// What a warning says will come is the threat's content, not an act.
	{"it", "L'Iran ha avvertito che colpirà Israele.", []ent{irn, isr}, []string{"THREATEN Iran>Israel"}},
	{"en", "Iran warned that it would strike Israel.", []ent{irn, isr}, []string{"THREATEN Iran>Israel"}},
	{"en", "Iran warned that Israel attacked France.", []ent{irn, isr, fra}, []string{"THREATEN Iran>-", "ASSAULT Israel>France"}},
	// What an accusation goes on to say is alleged too; a score makes a
	// match, not a beating; detainees are people, not an arrest.
	{"en", "Iran accused France of helping Israel plan attacks on Iran.", []ent{irn, fra, isr}, []string{"ACCUSE Iran>France", "AID France>Israel +hyp", "ASSAULT France>Iran +hyp"}},
	{"fr", "La France a accusé l'Iran d'avoir torturé des détenus.", []ent{fra, irn}, []string{"ACCUSE France>Iran", "ASSAULT Iran>- +hyp"}},
	{"en", "France beat Iran 2-1 in Paris.", []ent{fra, irn}, nil},
	{"it", "La Francia ha battuto l'Iran 3 - 0.", []ent{fra, irn}, nil},
	{"en", "Police beat protesters in Iran.", []ent{irn}, []string{"ASSAULT police>protesters @Iran"}},
	// The state of an adjective right before a predicate noun acts, also
	// inside a prepositional phrase.
	{"en", "In an Israeli airstrike on Iran, 25 people were killed.", []ent{irn, {"ISR", "Israel", "COUNTRY", "ISR", "", []string{"Israeli"}}}, []string{"ASSAULT Israel>Iran"}},
	// A threat with no actor as target is aimed at whoever its condition
	// names.
	{"en", "Iran threatened to take military action if Israel and France go ahead with their drills.", []ent{irn, isr, fra}, []string{"THREATEN Iran>France", "MOBILIZE France>Israel +hyp"}},
	// A country's organisation ("Colombia's ELN") is the organisation; a
	// noun after a verb of discussing is a topic, no act.
	{"en", "France called on Iran's Hamas to free all hostages.", []ent{fra, irn, {"grp:hamas", "Hamas", "ORG", "PSE", "INS", []string{"Hamas"}}}, []string{"REQUEST France>Hamas", "RETREAT Hamas>- +hyp"}},
	{"en", "France met Iran to discuss climate finance.", []ent{fra, irn}, []string{"CONSULT France>Iran"}},
	// A perfect auxiliary after a coordination ("X et Y ont fait") does not
	// split it; exhorting is a request whatever follows; a crowd's
	// violence aimed at no one is a riot.
	{"fr", "Les combats entre la France et l'Iran ont fait dix morts.", []ent{fra, {"IRN", "Iran", "COUNTRY", "IRN", "", []string{"Iran"}}}, []string{"ASSAULT France>Iran", "ASSAULT Iran>France"}},
	{"fr", "La France a exhorté le Gabon à organiser des élections.", []ent{fra, {"GAB", "Gabon", "COUNTRY", "GAB", "", []string{"Gabon"}}}, []string{"REQUEST France>Gabon"}},
	{"fr", "Des manifestants ont incendié des pneus à Téhéran.", []ent{{"loc:tehran", "Tehran", "LOCATION", "IRN", "", []string{"Téhéran"}}}, []string{"PROTEST protesters>government @Tehran"}},
	// The parties of a meeting or an agreement may come after the verb.
	{"es", "Se reunieron ayer en Madrid los cancilleres de Francia e Irán.", []ent{fra, irn}, []string{"CONSULT France>Iran", "CONSULT Iran>France"}},
	{"it", "Hanno firmato un accordo ieri Francia e Iran.", []ent{fra, irn}, []string{"AGREE France>Iran", "AGREE Iran>France"}},
	// Of two overlapping patterns as long, the leftmost: "pidió perdón | a"
	// (an apology), not "pidió | perdón a" (a request).
	{"es", "Francia pidió perdón a Irán.", []ent{fra, irn}, []string{"CONCEDE France>Iran"}},
	// The act threatened after "con" is the threat's content.
	{"es", "Irán amenazó con cortar el suministro de gas a Francia.", []ent{irn, fra}, []string{"THREATEN Iran>France"}},
	// Exchanging intelligence is cooperation; forces that pull out of a
	// place retreat; a verb of starting between a request's addressees and
	// the act requested leaves them its subject.
	{"fr", "La France et l'Iran ont échangé des renseignements.", []ent{fra, {"IRN", "Iran", "COUNTRY", "IRN", "", []string{"Iran"}}}, []string{"COOPERATE France>Iran", "COOPERATE Iran>France"}},
	{"fr", "Les soldats de la France se sont retirés de la ville.", []ent{fra}, []string{"RETREAT France>-"}},
	{"it", "Israele ha chiesto a Francia e Iran di avviare negoziati.", []ent{isr, fra, irn}, []string{"REQUEST Israel>France", "REQUEST Israel>Iran", "CONSULT France>Iran +hyp", "CONSULT Iran>France +hyp"}},
	// An attack on positions hits whoever holds them.
	{"it", "Israele ha colpito le postazioni di Hamas nel sud dell'Iran.", []ent{isr, irn, {"grp:hamas", "Hamas", "ORG", "PSE", "INS", []string{"Hamas"}}}, []string{"ASSAULT Israel>Hamas"}},
	{"en", "Israel struck Hamas positions in Iran.", []ent{isr, irn, {"grp:hamas", "Hamas", "ORG", "PSE", "INS", []string{"Hamas"}}}, []string{"ASSAULT Israel>Hamas @Iran"}},
	// A lone participle between an article and its noun describes.
	{"en", "Iran released the crew of a seized cargo ship.", []ent{irn}, []string{"RETREAT Iran>-"}},
	// In it, es, fr the state adjective after a predicate noun is its
	// agent, the object after it its target.
	{"it", "Un attacco aereo israeliano contro l'Iran ha causato vittime.", []ent{irn, {"ISR", "Israel", "COUNTRY", "ISR", "", []string{"israeliano"}}}, []string{"ASSAULT Israel>Iran"}},
	{"es", "Un bombardeo israelí contra Irán causó víctimas.", []ent{irn, {"ISR", "Israel", "COUNTRY", "ISR", "", []string{"israelí"}}}, []string{"ASSAULT Israel>Iran"}},
	// The agent of a refused proposal may stand seven words on; parties
	// named after a meeting verb only in its clause, with no topic word
	// between, and not after a noun.
	{"it", "L'Iran ha respinto la proposta di tregua di trenta giorni avanzata dalla Francia.", []ent{irn, fra}, []string{"REJECT Iran>France"}},
	{"es", "Los periodistas le consultaron acerca de las protestas que organizan Francia e Irán.", []ent{fra, irn}, []string{"PROTEST protesters>government"}},
	{"es", "La anunciada visita había originado protestas en Francia e Irán.", []ent{fra, irn}, []string{"PROTEST protesters>France", "PROTEST protesters>Iran"}},
	// "ante" introduces whom a protest or a complaint addresses.
	{"es", "Francia presentó una nota de protesta ante Irán.", []ent{fra, irn}, []string{"ACCUSE France>Iran"}},
}

func TestCode(t *testing.T) { checkCases(t, codeCases) }

// checkCases codes each case's sentence and compares its events with the
// wanted ones, checking the fields every event carries.
func checkCases(t *testing.T, cases []codeCase) {
	t.Helper()
	c := coder(t)
	for _, tc := range cases {
		a := build(t, tc.lang, "2022-01-10", tc.text, tc.ents)
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventString(e))
			if e.Evidence != a.Text[e.Start:e.End] || e.Quad == "" || e.Context == nil {
				t.Errorf("%s: bad event fields %+v", tc.text, e)
			}
		}
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%s %q\n got %q\nwant %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

// exampleEntities are the entities of the reference example, placed by hand.
var exampleEntities = []ent{
	{"KAZ", "Kazakhstan", "COUNTRY", "KAZ", "", []string{"Repubblica del Kazakistan", "Kazakistan"}},
	{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Federazione russa", "Federazione Russa"}},
	{"igo:csto", "Collective Security Treaty Organization", "ORG", "", "IGO", []string{"CSTO", "Organizzazione del Trattato di Sicurezza Collettiva"}},
	{"per:tokayev", "Kassym-Jomart Tokayev", "PERSON", "KAZ", "GOV", []string{"Tokayev"}},
}

// checkExample asserts the events the issue asks of the reference example.
func checkExample(t *testing.T, evs []vedetta.Event, wantDate string) {
	t.Helper()
	has := func(typ, src, tgt string, ok func(vedetta.Event) bool) {
		t.Helper()
		for _, e := range evs {
			if e.Type == typ && e.Source != nil && e.Source.Country+e.Source.Name != "" &&
				(e.Source.Country == src || e.Source.Name == src) &&
				e.Target != nil && (e.Target.Country == tgt || e.Target.Name == tgt) && ok(e) {
				return
			}
		}
		var all []string
		for _, e := range evs {
			all = append(all, eventString(e))
		}
		t.Errorf("no %s %s -> %s among %q", typ, src, tgt, all)
	}
	any := func(vedetta.Event) bool { return true }
	cstoName := "Collective Security Treaty Organization"
	has("REQUEST", "KAZ", cstoName, func(e vedetta.Event) bool { return e.Mode == "assist" })
	has("AID", cstoName, "KAZ", func(e vedetta.Event) bool {
		return len(e.Context) == 1 && e.Context[0] == "peacekeeping" && (wantDate == "" || e.Date == wantDate)
	})
	has("SUPPORT", "RUS", cstoName, any)
	has("CONSULT", "RUS", "KAZ", func(e vedetta.Event) bool { return e.Future && !e.Negated })
}

func readExample(t testing.TB) string {
	t.Helper()
	p := filepath.Join(sharedDir(t), "examples", "csto-kazakhstan-2022-01.it.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Skipf("reference example not available: %v", err)
	}
	return string(b)
}

// sharedDir finds ../shared beside the repository root.
func sharedDir(t testing.TB) string {
	dir, err := repo.Shared()
	if err != nil {
		t.Skip(err)
	}
	return dir
}

func TestExampleHandBuilt(t *testing.T) {
	text := readExample(t)
	a := build(t, "it", "2022-01", text, exampleEntities)
	checkExample(t, coder(t).Code(a), "")
}

func TestMergeDuplicates(t *testing.T) {
	a := build(t, "en", "2022-01-10", "Russia attacked Ukraine. Russia attacked Ukraine again.", []ent{rus, ukr})
	evs := coder(t).Code(a)
	if len(evs) != 1 || evs[0].Sentence != 0 {
		t.Fatalf("want one merged event from sentence 0, got %+v", evs)
	}
}

func TestMergeKeepsThePreciseDate(t *testing.T) {
	a := build(t, "en", "2022-03", "Russia attacked Ukraine. On 6 January 2022 Russia attacked Ukraine. On 9 March 2022 Russia attacked Ukraine.", []ent{rus, ukr})
	timex.Stage{}.Analyze(a) // dates and reference dates
	var got []string
	for _, e := range coder(t).Code(a) {
		got = append(got, fmt.Sprintf("%s %d", e.Date, e.Sentence))
	}
	if strings.Join(got, ", ") != "2022-03-09 2, 2022-01-06 1" {
		t.Errorf("want the month coding merged into the March one and the January one apart, got %q", got)
	}
}

func TestMergeInSentence(t *testing.T) {
	almaty := ent{"loc:almaty", "Almaty", "LOCATION", "KAZ", "", []string{"Almaty"}}
	a := build(t, "en", "2022-03-15", "Russian police fired tear gas in Almaty. Russia attacked Ukraine. Russia attacked Belarus.", []ent{rus, almaty, ukr, blr})
	var got []string
	for _, e := range coder(t).Code(a) {
		got = append(got, eventString(e)+" "+e.Mode)
	}
	want := "ASSAULT police>- @Almaty crowd-control; ASSAULT Russia>Ukraine ; ASSAULT Russia>Belarus "
	if strings.Join(got, "; ") != want {
		t.Errorf("got %q\nwant %q", strings.Join(got, "; "), want)
	}
}

// A firing verb with a crowd-control weapon is one crowd-control assault,
// with the verb's subject and the object after the weapon.
func TestFiredWeaponIsCrowdControl(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Police fired tear gas at demonstrators."},
		{"es", "La policía disparó gases lacrimógenos contra los manifestantes."},
		{"it", "La polizia ha sparato lacrimogeni contro i manifestanti."},
	} {
		var got []string
		for _, e := range coder(t).Code(build(t, c.lang, "2022-03-15", c.text, nil)) {
			got = append(got, eventString(e)+" "+e.Mode)
		}
		if want := "ASSAULT police>protesters crowd-control"; strings.Join(got, "; ") != want {
			t.Errorf("%s %q: got %q, want %q", c.lang, c.text, got, want)
		}
	}
}

// The mode of a threat is the content threatened.
func TestThreatModeIsItsContent(t *testing.T) {
	for _, c := range []struct{ lang, text, mode string }{
		{"en", "North Korea threatened to strike South Korea.", "violence"},
		{"en", "Russia threatened to cut gas supplies to Ukraine.", "restrict"},
		{"it", "La Russia ha minacciato di espellere i diplomatici polacchi.", "expel"},
	} {
		var got []string
		for _, e := range coder(t).Code(build(t, c.lang, "2022-03-15", c.text, []ent{rus, ukr,
			{"PRK", "North Korea", "COUNTRY", "PRK", "", []string{"North Korea"}}, {"KOR", "South Korea", "COUNTRY", "KOR", "", []string{"South Korea"}}})) {
			got = append(got, e.Type+"/"+e.Mode)
		}
		if want := "THREATEN/" + c.mode; strings.Join(got, "; ") != want {
			t.Errorf("%s %q: got %q, want %q", c.lang, c.text, got, want)
		}
	}
}

func TestReportedFactNotAfterReport(t *testing.T) {
	a := build(t, "en", "2022-03-15", "Armenia and Azerbaijan agreed to resume talks next month. Russia will attack Ukraine next month.", []ent{rus, ukr,
		{"ARM", "Armenia", "COUNTRY", "ARM", "", []string{"Armenia"}}, {"AZE", "Azerbaijan", "COUNTRY", "AZE", "", []string{"Azerbaijan"}}})
	timex.Stage{}.Analyze(a)
	var facts, futures int
	for _, e := range coder(t).Code(a) {
		want := "2022-03-15"
		if e.Future {
			want = "2022-04"
			futures++
		} else {
			facts++
		}
		if e.Date != want {
			t.Errorf("%s: date %s, want %s", eventString(e), e.Date, want)
		}
	}
	if facts == 0 || futures == 0 {
		t.Errorf("want both a reported fact and a future event, got %d and %d", facts, futures)
	}
}

func TestDatesAgree(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"", "2022-01-06", true}, {"2022-01", "2022-01-06", true}, {"2022-01-06", "2022", true},
		{"2022-01-06", "2022-01-06", true}, {"2022-01", "2022-02-01", false}, {"2022-01-06", "2022-01-07", false},
		{"2022-1", "2022-10", false},
	} {
		if got := datesAgree(c.a, c.b); got != c.want {
			t.Errorf("datesAgree(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func TestOrganParent(t *testing.T) {
	council := ent{"igo:csto-council", "CSTO Collective Security Council", "ORG", "", "IGO", []string{"Consiglio di sicurezza collettiva"}}
	a := build(t, "it", "2022-01", "Il Consiglio di sicurezza collettiva ha inviato forze di pace in Kazakistan. La CSTO è un'alleanza.", []ent{council, csto, kaz})
	evs := coder(t).Code(a)
	if len(evs) == 0 || evs[0].Source == nil || evs[0].Source.Name != "Collective Security Treaty Organization" {
		t.Fatalf("organ not coded as its organisation: %+v", evs)
	}
}

func BenchmarkCode(b *testing.B) {
	text := readExample(b)
	a := build(b, "it", "2022-01", text, exampleEntities)
	c := coder(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Code(a)
	}
	b.ReportMetric(float64(b.N*len(a.Sentences))/b.Elapsed().Seconds(), "sentences/s")
}

// TestClergyAreReligious: a bishop or a church acts as a religious actor of
// its country (sector REL).
func TestClergyAreReligious(t *testing.T) {
	c := coder(t)
	for _, tc := range []struct{ lang, text string }{
		{"en", "The archbishop of France condemned the attack on Russia."},
		{"es", "El obispo de Francia condenó el ataque contra Rusia."},
		{"ru", "Патриарх и епископ Франции осудили нападение на Россию."},
	} {
		a := build(t, tc.lang, "2022-01-10", tc.text, []ent{fra, rus, {"FRA", "France", "COUNTRY", "FRA", "", []string{"Франции"}}})
		evs := c.Code(a)
		if len(evs) == 0 || evs[0].Source == nil || evs[0].Source.Sector != "REL" {
			t.Errorf("%s: want a religious source, got %+v", tc.text, evs)
		}
	}
}

// TestCiviliansAreWhereTheyAre: generic civilians, protesters and workers
// take the country of the place the sentence puts them in, not the
// document's main country.
func TestCiviliansAreWhereTheyAre(t *testing.T) {
	c := coder(t)
	gaza := ent{"loc:gaza-strip", "Gaza Strip", "LOCATION", "PSE", "", []string{"Gaza"}}
	isr := ent{"ISR", "Israel", "COUNTRY", "ISR", "", []string{"Israel"}}
	a := build(t, "en", "2022-01-10", "Israel killed 20 civilians in Gaza.", []ent{isr, gaza})
	evs := c.Code(a)
	if len(evs) != 1 || evs[0].Target == nil || evs[0].Target.Country != "PSE" {
		t.Errorf("want civilians of PSE, got %+v", evs)
	}
}
