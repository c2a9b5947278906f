// Package export writes stored events and actor networks in the formats
// people load into other tools. Every writer streams: it holds one event at
// a time.
//
// Event formats (NewEventWriter):
//
//   - csv: RFC 4180 (CRLF line ends, quoted where needed), UTF-8, one header
//     row; the columns are CSVColumns. context lists are joined with ";". Write BOM first
//     for Excel (the API's bom=true, the command's --bom).
//   - jsonl: one store.EventRecord (the event with its document's id, date,
//     title, URL and language) per line.
//   - plover: one PLOVER JSON record per line with the field names of the
//     PLOVER manual's "Data Fields" chapter: id, date (YYYY-MM-DD; an event
//     dated only by month or year gets its first day and "date_precision"),
//     actor and recipient (lists of entity objects: code, sector,
//     identifier_id, identifier_text), event, mode, context, quad_code,
//     event_loc (extracted_place, resolved_place), event_text, text_info
//     (sequence, start, end), cite_info (url, title, language, publication,
//     coder, codebook), coder; plus fields of ours: negated, future,
//     hypothetical, confidence, doc_id, num_articles and num_sources
//     (the documents of the event's near-duplicate cluster and their
//     distinct sources).
//   - gdelt: tab-separated values in the style of GDELT 2.0's event table,
//     with a header row naming GDELTColumns: a subset of GDELT's columns in
//     GDELT's order, then columns of ours. Differences from GDELT: ids are
//     strings (document id and event index); EventRootCode and
//     EventBaseCode are the PLOVER type, EventCode the type and mode
//     ("REQUEST.assist"), not CAMEO codes; QuadClass is PLOVER's quad code
//     (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4
//     material conflict, as GDELT's); Actor1Code is the CAMEO-style country
//     and sector ("RUSGOV"); NumArticles and NumMentions count the documents
//     of the event's near-duplicate cluster and NumSources their distinct
//     sources (1 where the store does not say); SOURCEURL is the document's URL or
//     "vedetta:" and its id. Tabs and line breaks inside values become
//     spaces.
//
// Networks (WriteGraphML) are GraphML 1.0, valid against the GraphML
// schema, with typed attributes that Gephi and yEd read.
package export
