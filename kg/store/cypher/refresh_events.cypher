// Refresh, for the given events, what the timelines show of their reports and participants:
// `sources` (how many distinct articles report the event), `evidence` (the sentence of the
// earliest report: earliest publication, then article id, record id, sentence) and `source_list` /
// `target_list` (each side's actors as code, else country, else name; distinct, sorted),
// `source_names` / `target_names` (each side's actors' names; distinct, sorted).
// Run for the events a batch wrote and for the events of actors whose code or country a batch
// changed, so reading them is a property read, not three traversals per row.
// @internal
UNWIND $ids AS id
MATCH (e:Event {id: id})
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
WITH e, count(DISTINCT a) AS n
SET e.sources = n,
    e.evidence = reduce(best = null, p IN [(e)-[r:REPORTED_IN]->(art:Article) |
                          {k: coalesce(toString(art.published), '') + '|' + art.id + '|' + coalesce(r.record_id, ''),
                           s: r.sentence, t: r.text}] |
                        CASE WHEN best IS NULL OR p.k < best.k OR (p.k = best.k AND p.s < best.s)
                             THEN p ELSE best END).t,
    e.source_list = reduce(acc = [], c IN [(e)-[:SOURCE]->(s:Actor) | coalesce(s.code, s.country, s.name)] |
                           CASE WHEN c IN acc THEN acc ELSE [k IN acc WHERE k < c] + c + [k IN acc WHERE k > c] END),
    e.target_list = reduce(acc = [], c IN [(e)-[:TARGET]->(t:Actor) | coalesce(t.code, t.country, t.name)] |
                           CASE WHEN c IN acc THEN acc ELSE [k IN acc WHERE k < c] + c + [k IN acc WHERE k > c] END),
    e.source_names = reduce(acc = [], c IN [(e)-[:SOURCE]->(s:Actor) | s.name] |
                            CASE WHEN c IN acc THEN acc ELSE [k IN acc WHERE k < c] + c + [k IN acc WHERE k > c] END),
    e.target_names = reduce(acc = [], c IN [(e)-[:TARGET]->(t:Actor) | t.name] |
                            CASE WHEN c IN acc THEN acc ELSE [k IN acc WHERE k < c] + c + [k IN acc WHERE k > c] END)
