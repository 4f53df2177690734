// The evidence of one event: every sentence that reports it, with its article (title, url,
// outlet, publication date, language) and the trigger and character offsets of the sentence in
// the article text, earliest article first.
// @param event_id:str required  the event's id (the event_id column of the other queries)
MATCH (e:Event {id: $event_id})-[r:REPORTED_IN]->(a:Article)
RETURN e.id AS event_id, e.type AS type, a.published AS published, a.outlet AS outlet,
       a.title AS title, a.url AS url, a.lang AS lang, r.sentence AS sentence, r.text AS text,
       r.trigger AS trigger, r.start AS char_start, r.end AS char_end, a.id AS article_id
ORDER BY published, article_id, sentence
