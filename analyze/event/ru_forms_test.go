package event

import "testing"

// Russian surfaces of test entities, in the cases the sentences below use.
var (
	ruRus = ent{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"Россия", "России", "Россию", "Россией"}}
	ruUkr = ent{"UKR", "Ukraine", "COUNTRY", "UKR", "", []string{"Украина", "Украины", "Украине", "Украину", "Украиной"}}
	ruKaz = ent{"KAZ", "Kazakhstan", "COUNTRY", "KAZ", "", []string{"Казахстан", "Казахстана", "Казахстану", "Казахстаном"}}
	ruFra = ent{"FRA", "France", "COUNTRY", "FRA", "", []string{"Франция", "Франции", "Францию", "Францией"}}
	ruChn = ent{"CHN", "China", "COUNTRY", "CHN", "", []string{"Китай", "Китая", "Китаю", "Китаем"}}
	ruIrn = ent{"IRN", "Iran", "COUNTRY", "IRN", "", []string{"Иран", "Ирана", "Ирану", "Ираном"}}
	ruArm = ent{"ARM", "Armenia", "COUNTRY", "ARM", "", []string{"Армения", "Армении", "Армению"}}
	ruAze = ent{"AZE", "Azerbaijan", "COUNTRY", "AZE", "", []string{"Азербайджан", "Азербайджана", "Азербайджану", "Азербайджаном"}}
	ruDeu = ent{"DEU", "Germany", "COUNTRY", "DEU", "", []string{"Германия", "Германии", "Германию"}}
	ruUsa = ent{"USA", "United States", "COUNTRY", "USA", "", []string{"США"}}
	ruEu  = ent{"igo:eu", "European Union", "ORG", "", "IGO", []string{"Евросоюз", "Евросоюза", "ЕС"}}
	ruIsr = ent{"ISR", "Israel", "COUNTRY", "ISR", "", []string{"Израиль", "Израиля", "Израилем"}}
	ruHam = ent{"grp:hamas", "Hamas", "ORG", "PSE", "INS", []string{"ХАМАС"}}
)

// ruFormCases use verb forms (tense, aspect, gender, number) and noun
// forms that the Russian lexicon lists beside the ones it had.
var ruFormCases = []codeCase{
	{"ru", "Армения и Азербайджан подпишут меморандум.", []ent{ruArm, ruAze}, []string{"AGREE Armenia>Azerbaijan +fut", "AGREE Azerbaijan>Armenia +fut"}},
	{"ru", "Армения и Азербайджан заключат пакт о ненападении.", []ent{ruArm, ruAze}, []string{"AGREE Armenia>Azerbaijan +fut", "AGREE Azerbaijan>Armenia +fut"}},
	{"ru", "Армения и Азербайджан достигают соглашения.", []ent{ruArm, ruAze}, []string{"AGREE Armenia>Azerbaijan", "AGREE Azerbaijan>Armenia"}},
	{"ru", "Франция соглашается.", []ent{ruFra}, []string{"AGREE France>-"}},
	{"ru", "Россия встречается с Китаем в Пекине.", []ent{ruRus, ruChn}, []string{"CONSULT Russia>China"}},
	{"ru", "Президент Франции посещает Казахстан.", []ent{ruFra, ruKaz}, []string{"CONSULT France>Kazakhstan"}},
	{"ru", "Токаев прилетит в Москву.", []ent{tok, moscow}, []string{"AGREE Kassym-Jomart Tokayev>Moscow +fut @Moscow"}},
	{"ru", "Токаев отправится в Москву.", []ent{tok, moscow}, []string{"AGREE Kassym-Jomart Tokayev>Moscow +fut @Moscow"}},
	{"ru", "Казахстан закроет границу с Россией.", []ent{ruKaz, ruRus}, []string{"SANCTION Kazakhstan>Russia +fut"}},
	{"ru", "Китай поддерживает Россию.", []ent{ruChn, ruRus}, []string{"SUPPORT China>Russia"}},
	{"ru", "Франция поддержит Украину.", []ent{ruFra, ruUkr}, []string{"AGREE France>Ukraine +fut"}},
	{"ru", "Казахстан благодарит Россию за помощь.", []ent{ruKaz, ruRus}, []string{"SUPPORT Kazakhstan>Russia"}},
	{"ru", "Франция приветствует решение Казахстана.", []ent{ruFra, ruKaz}, []string{"SUPPORT France>Kazakhstan"}},
	{"ru", "Израиль и ХАМАС продлевают перемирие.", []ent{ruIsr, ruHam}, []string{"CONCEDE Israel>-", "CONCEDE Hamas>-"}},
	{"ru", "Россия объявляет перемирие.", []ent{ruRus}, []string{"CONCEDE Russia>-"}},
	{"ru", "Евросоюз снимет санкции с Ирана.", []ent{ruEu, ruIrn}, []string{"RETREAT European Union>Iran"}},
	{"ru", "США смягчают санкции против Ирана.", []ent{ruUsa, ruIrn}, []string{"RETREAT United States>Iran"}},
	{"ru", "Франция отменяет санкции против Ирана.", []ent{ruFra, ruIrn}, []string{"RETREAT France>Iran"}},
	{"ru", "Армения восстанавливает отношения с Азербайджаном.", []ent{ruArm, ruAze}, []string{"COOPERATE Armenia>Azerbaijan", "COOPERATE Azerbaijan>Armenia"}},
	{"ru", "ОДКБ вводит миротворцев в Казахстан.", []ent{csto, ruKaz}, []string{"AID Collective Security Treaty Organization>Kazakhstan"}},
	{"ru", "Россия отправляет миротворцев в Казахстан.", []ent{ruRus, ruKaz}, []string{"AID Russia>Kazakhstan"}},
	{"ru", "США передадут Украине ракеты.", []ent{ruUsa, ruUkr}, []string{"AGREE United States>Ukraine +fut"}},
	{"ru", "Германия посылает Украине танки.", []ent{ruDeu, ruUkr}, []string{"AID Germany>Ukraine"}},
	{"ru", "Россия поможет Казахстану.", []ent{ruRus, ruKaz}, []string{"AID Russia>Kazakhstan"}},
	{"ru", "Франция предоставляет убежище журналисту из России.", []ent{ruFra, ruRus}, []string{"AID France>журналисты"}},
	{"ru", "Россия выведет войска из Казахстана.", []ent{ruRus, ruKaz}, []string{"CONCEDE Russia>Kazakhstan +fut"}},
	{"ru", "ХАМАС освобождает заложников из Израиля.", []ent{ruHam, ruIsr}, []string{"RETREAT Hamas>-"}},
	{"ru", "Казахстан потребует от России объяснений.", []ent{ruKaz, ruRus}, []string{"REQUEST Kazakhstan>Russia +fut"}},
	{"ru", "Франция призывает Россию к сдержанности.", []ent{ruFra, ruRus}, []string{"REQUEST France>Russia"}},
	{"ru", "Токаев обращается к ОДКБ.", []ent{tok, csto}, []string{"REQUEST Kassym-Jomart Tokayev>Collective Security Treaty Organization"}},
	{"ru", "Франция осуждает Россию.", []ent{ruFra, ruRus}, []string{"ACCUSE France>Russia"}},
	{"ru", "Германия вызывает посла России.", []ent{ruDeu, ruRus}, []string{"ACCUSE Germany>Russia"}},
	{"ru", "Украина отвергает предложение России.", []ent{ruUkr, ruRus}, []string{"REJECT Ukraine>Russia"}},
	{"ru", "Россия откажется от переговоров с Украиной.", []ent{ruRus, ruUkr}, []string{"REJECT Russia>Ukraine"}},
	{"ru", "Россия предупреждает Украину.", []ent{ruRus, ruUkr}, []string{"THREATEN Russia>Ukraine"}},
	{"ru", "Россия направляет протест Франции.", []ent{ruRus, ruFra}, []string{"ACCUSE Russia>France"}},
	{"ru", "Франция протестует против решения России.", []ent{ruFra, ruRus}, []string{"ACCUSE France>Russia"}},
	{"ru", "Если Россия нападет на Украину, Евросоюз введет новые санкции.", []ent{ruRus, ruUkr, ruEu}, []string{"ASSAULT Russia>Ukraine +hyp", "THREATEN European Union>Russia"}},
	// what is threatened, in the instrumental; praise
	{"ru", "Россия пригрозила Украине ядерным ударом.", []ent{ruRus, ruUkr}, []string{"THREATEN Russia>Ukraine"}},
	{"ru", "Франция высоко оценила усилия Казахстана.", []ent{ruFra, ruKaz}, []string{"SUPPORT France>Kazakhstan"}},
	{"ru", "Водители бастуют в Казахстане.", []ent{ruKaz}, []string{"PROTEST workers>-"}},
	{"ru", "Россия вышлет дипломатов Франции.", []ent{ruRus, ruFra}, []string{"SANCTION Russia>France +fut"}},
	{"ru", "Россия разрывает отношения с Украиной.", []ent{ruRus, ruUkr}, []string{"SANCTION Russia>Ukraine"}},
	{"ru", "Франция отзовет посла из России.", []ent{ruFra, ruRus}, []string{"SANCTION France>Russia"}},
	{"ru", "Казахстан закрывает границу с Россией.", []ent{ruKaz, ruRus}, []string{"SANCTION Kazakhstan>Russia"}},
	{"ru", "Россия прекращает поставки газа в Германию.", []ent{ruRus, ruDeu}, []string{"SANCTION Russia>Germany"}},
	{"ru", "Россия размещает войска у границы с Украиной.", []ent{ruRus, ruUkr}, []string{"MOBILIZE Russia>Ukraine"}},
	{"ru", "Россия перебрасывает войска к границе с Казахстаном.", []ent{ruRus, ruKaz}, []string{"MOBILIZE Russia>Kazakhstan"}},
	{"ru", "Россия вводит войска в Казахстан.", []ent{ruRus, ruKaz}, []string{"MOBILIZE Russia>Kazakhstan"}},
	{"ru", "Полиция задержит участников акции.", nil, []string{"COERCE police>protesters +fut"}},
	{"ru", "Россия аннексирует часть Украины.", []ent{ruRus, ruUkr}, []string{"COERCE Russia>Ukraine"}},
	{"ru", "Россия обстреливает Украину.", []ent{ruRus, ruUkr}, []string{"ASSAULT Russia>Ukraine"}},
	{"ru", "Военные откроют огонь по толпе.", nil, []string{"ASSAULT military>protesters +fut"}},
	{"ru", "Франция депортирует граждан России.", []ent{ruFra, ruRus}, []string{"COERCE France>Russia"}},
	{"ru", "Иран захватывает город.", []ent{ruIrn}, []string{"ASSAULT Iran>-"}},
	{"ru", "Оппозиция выйдет на улицы.", nil, []string{"PROTEST opposition>-"}},
	// Talks whose parties are in the genitive; lifting a curfew and
	// pardons are concessions; retreats; funds allotted to a state in the
	// dative, the loan in the genitive the same act; troops moved.
	{"ru", "Прошли переговоры министров Армении и Азербайджана.", []ent{ruArm, ruAze}, []string{"CONSULT Armenia>Azerbaijan", "CONSULT Azerbaijan>Armenia"}},
	{"ru", "Власти Ирана отменили комендантский час.", []ent{ruIrn}, []string{"CONCEDE Iran>population"}},
	{"ru", "Президент Ирана помиловал двух активистов.", []ent{ruIrn}, []string{"CONCEDE Iran>protesters"}},
	{"ru", "Войска Ирана отступили.", []ent{ruIrn}, []string{"RETREAT Iran>-"}},
	{"ru", "Франция не выделила Армении очередной транш кредита.", []ent{ruFra, ruArm}, []string{"AID France>Armenia +neg"}},
	{"ru", "Россия начала переброску войск к границе с Казахстаном.", []ent{ruRus, ruKaz}, []string{"MOBILIZE Russia>Kazakhstan"}},
	{"ru", "Китай стянул военные корабли к Ирану.", []ent{ruChn, ruIrn}, []string{"MOBILIZE China>Iran"}},
	// Extradition to a state in the dative; forces leaving a place.
	{"ru", "Казахстан выдал России подозреваемого в терроризме.", []ent{ruKaz, ruRus}, []string{"COOPERATE Kazakhstan>Russia"}},
	{"ru", "Вчера российские миротворцы покинули село.", []ent{{"RUS", "Russia", "COUNTRY", "RUS", "", []string{"российские"}}}, []string{"RETREAT Russia>-"}},
}

func TestRussianVerbForms(t *testing.T) { checkCases(t, ruFormCases) }
