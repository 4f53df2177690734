// An actor's profile, one row per fact: `actor` (the actors the parameter stands for, their
// events and first and last date), `role` (each role a person held, HOLDS_ROLE, with the span
// of their events: roles over time), `counterpart` (each actor met on the other side, with the
// number of events) and `type` (the event mix: events by type, `detail` the PLOVER category).
//
// An actor is a state or IGO code (USA, RUS, NATO), an actor id, or a name ("Russia", "Joe
// Biden"); a state or organisation also stands for the people who acted for it (their code or
// country, or a HOLDS_ROLE link).
// An event's date is its start when known, else `reported`, the first publication date of an
// article reporting it (precision "reported"); date bounds apply to that date.
// @param actor:str required  the actor
// @param from:date null  first date, ISO (inclusive)
// @param to:date null  last date, ISO (inclusive)
// the actor: exact lookups through the indexes (id, code, country, name, people holding a
// role for it); its name in another case or a name variant only when they found nothing
CALL {
  CALL {
    MATCH (x:Actor {id: $actor}) RETURN x
    UNION MATCH (x:Actor {code: $actor}) RETURN x
    UNION MATCH (x:Actor {country: $actor}) RETURN x
    UNION MATCH (x:Actor {name: $actor}) RETURN x
    UNION MATCH (:Actor {id: $actor})<-[:HOLDS_ROLE]-(x:Actor) RETURN x
    UNION MATCH (:Actor {name: $actor})<-[:HOLDS_ROLE]-(x:Actor) RETURN x
  }
  RETURN collect(x) AS found
}
CALL (found) {
  UNWIND CASE WHEN size(found) = 0 THEN [1] ELSE [] END AS fallback
  MATCH (x:Actor)
  WHERE toLower(x.name) = toLower($actor) OR toLower($actor) IN [n IN coalesce(x.names, []) | toLower(n)]
     OR EXISTS { MATCH (x)-[:HOLDS_ROLE]->(org:Actor)
                 WHERE toLower(org.name) = toLower($actor)
                    OR toLower($actor) IN [n IN coalesce(org.names, []) | toLower(n)] }
  RETURN collect(x) AS more
}
WITH found + more AS xs
CALL (xs) {
  UNWIND xs AS x
  OPTIONAL MATCH (x)<-[:SOURCE|TARGET]-(e:Event)
  WITH x, e, coalesce(e.start, e.reported) AS day
  WITH x, CASE WHEN ($from IS NULL OR day >= date($from)) AND ($to IS NULL OR day <= date($to))
               THEN e END AS e, day
  WITH collect(DISTINCT x.name) AS names, collect(DISTINCT e) AS events,
       min(CASE WHEN e IS NULL THEN null ELSE day END) AS first_day,
       max(CASE WHEN e IS NULL THEN null ELSE day END) AS last_day
  RETURN 'actor' AS aspect, $actor AS item, toString(size(names)) + ' actors' AS detail,
         size(events) AS events, first_day AS first, last_day AS last
  UNION ALL
  UNWIND xs AS x
  MATCH (x)-[h:HOLDS_ROLE]->(org:Actor)
  OPTIONAL MATCH (x)<-[:SOURCE|TARGET]-(e:Event)
  WITH x, h, org, e, coalesce(e.start, e.reported) AS day
  WITH x, h, org, CASE WHEN ($from IS NULL OR day >= date($from))
                            AND ($to IS NULL OR day <= date($to)) THEN day END AS day
  RETURN 'role' AS aspect, x.name AS item,
         CASE WHEN h.title IS NULL OR h.title = '' THEN h.role ELSE h.title END
           + ', ' + org.name AS detail,
         count(day) AS events, min(day) AS first, max(day) AS last
  UNION ALL
  UNWIND xs AS x
  MATCH (x)<-[ra:SOURCE|TARGET]-(e:Event)-[rb:SOURCE|TARGET]->(y:Actor)
  WHERE y <> x AND (type(ra) <> type(rb) OR NOT EXISTS { MATCH (e)-[:TARGET]->(:Actor) })
    AND NOT y IN xs
  WITH DISTINCT e, y
  WITH e, y, coalesce(e.start, e.reported) AS day
  WHERE ($from IS NULL OR day >= date($from)) AND ($to IS NULL OR day <= date($to))
  RETURN 'counterpart' AS aspect, y.name AS item, coalesce(y.code, y.country, y.id) AS detail,
         count(e) AS events, min(day) AS first, max(day) AS last
  UNION ALL
  UNWIND xs AS x
  MATCH (x)<-[:SOURCE|TARGET]-(e:Event)
  WITH DISTINCT e
  WITH e, coalesce(e.start, e.reported) AS day
  WHERE ($from IS NULL OR day >= date($from)) AND ($to IS NULL OR day <= date($to))
  WITH e.type AS item, collect(DISTINCT e.plover) AS plover, count(e) AS events,
       min(day) AS first_day, max(day) AS last_day
  RETURN 'type' AS aspect, item,
         reduce(s = '', p IN plover | s + CASE WHEN s = '' THEN '' ELSE ', ' END + p) AS detail,
         events, first_day AS first, last_day AS last
}
// re-projected before sorting: ORDER BY would otherwise keep `xs` in every row it sorts, and
// ArcadeDB's query heap budget charges that list once per row (a state with 1,000 office
// holders exceeded it)
WITH aspect, item, detail, events, first, last
RETURN aspect, item, detail, events, first, last
ORDER BY CASE aspect WHEN 'actor' THEN 0 WHEN 'role' THEN 1 WHEN 'counterpart' THEN 2 ELSE 3 END,
         events DESC, item, detail
