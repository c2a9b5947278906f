// Package kb is Vedetta's entity knowledge base and linker: countries,
// international organisations, state bodies and people, with the names
// people write for them in Italian, English, French, Spanish, German and
// Russian, and the stage that links every mention of a document to them.
//
// # Data
//
// data/generated.tsv.gz is built by "go run ./internal/kbgen" from the
// shared dictionaries (CLDR territory names in every locale and
// world-countries: countries; supraverden: 617 international
// organisations with Wikidata ids; Phoenix: people with dated CAMEO roles).
// Licences: CLDR Unicode licence, world-countries ODbL 1.0, supraverden
// CC BY-SA 4.0, Phoenix MIT. The other files are our own:
//
//   - data/curated/*.tsv: names, abbreviations and metonyms (capitals and
//     seats of government: Mosca, il Cremlino, Washington) of countries and
//     organisations, historical states, armed groups, international NGOs
//     (ngos.tsv, sector NGO, no country), and people
//     (people.tsv: heads of state and government, foreign and defence
//     ministers of the G20, CSTO, NATO and UN Security Council members up
//     to 2025, with dated roles; cities.tsv: major non-capital cities and
//     regions of the news, as places of their country);
//   - data/bodies.tsv and data/roles.tsv: the kinds of state bodies (code,
//     CAMEO sector, English name template) and roles;
//   - data/<lang>/adjectives.tsv: adjectives and demonyms in every
//     inflected form (brace patterns: russ{o,a,i,e});
//   - data/<lang>/bodies.tsv, roles.tsv: the words of body and role heads;
//   - data/<lang>/words.tsv: function words (connectors, locative
//     prepositions);
//   - data/stopnames.tsv: single words never taken as names.
//
// Entity files use one record per line, fields separated by tabs:
//
//	E  id  type  country  sector  wikidata  canonical-name   an entity (an E line with only an id extends that entity)
//	N  langs  kind  name|name|...                            names of the last entity; kind n name, a abbreviation, j adjective, m metonym
//	P  ISO3  canonical-name  alias|alias                     a person of a country (id per:<slug>)
//	R  role  country  sector  from  to                       a dated role of the last entity (YYYY-MM-DD; empty = open)
//
// Langs is a comma-separated list of it, en, fr, es, de, ru, "*" (any),
// native and alt (world-countries native names and spellings), or x (the
// other CLDR locales).
//
// # Which names are matched
//
// Only names used by the six supported languages, "*", native and alt
// names are matched in running text. The names of the other 256 CLDR
// locales stay in the data file but are not matched: many of them are
// short or common words in our languages, and a reader of Italian or
// Russian news does not write Kazakhstan in Yoruba. Names also obey case
// rules: a name written with a capital must be capitalised in the text; an
// abbreviation must be in capitals, or written exactly as listed (Ue, Onu),
// or in title case from three letters on when not at the start of a
// sentence (Nato, Usa); single-word country names of fewer than three
// letters and person names of fewer than four are dropped, and the words of
// data/stopnames.tsv are never names.
//
// # User files
//
// analyze.Config.KBFiles (--kb FILE) adds or overrides entries without
// recompiling: YAML or CSV files, described in README.md beside this file
// and in ParseUserFile. An entry whose id exists overrides its non-empty
// fields and adds names and roles; a new id adds an entity.
//
// # Linking
//
// Link tokenises nothing itself when the segment stage ran: it reads the
// tokens, normalises each word (case, accents, elisions l' dell' d',
// English possessives, dashes between words, Russian case endings) and
// follows a trie of normalised words: from each position the longest name
// whose case rules hold wins, and the scan goes on after it
// (leftmost-longest, so overlaps resolve the same way every time). Then:
// state forms join their country (Repubblica del Kazakistan); body heads
// take the country written after or before them (ministero degli Esteri
// russo → gov:RUS:MFA, "Ministry of Foreign Affairs of Russia", sector
// GOV); role heads with a country resolve by the document date to the
// person in office (il presidente kazako in 2022 → Tokayev), or give their
// country and sector to a name that follows even when it is unknown; an
// acronym in brackets after a name becomes its alias for the document; a
// surname alone links to the person named in full. Capitals preceded by a
// locative preposition (in Doha, à Paris) or a time word (ora di Mosca)
// are places, not metonyms, and are left out.
package kb
