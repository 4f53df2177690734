// The event network edge by edge (what kg.api's Graph.network() turns into a networkx
// MultiDiGraph): one row per event and (source, target) pair, with the event's date, type,
// CAMEO code, Goldstein score and quad class, and both actors' name, kind, country and code.
//
// Pairs: each SOURCE with each TARGET of an event; for an event stored with all its
// participants on the SOURCE side and no target (a meeting, a call), each pair of them once,
// in id order (`symmetric`). $level "actor" keeps people apart from their state; "state" folds
// each actor into its state or organisation code (people count for the state they act for).
// An event's date is its start when known, else `reported`, the first publication date of an
// article reporting it (precision "reported"); date bounds apply to that date.
// @param from:date null  first date, ISO (inclusive)
// @param to:date null  last date, ISO (inclusive)
// @param types:list null  only these event types, e.g. ["call","visit"]
// @param level:str "actor"  "actor" or "state"
MATCH (e:Event)
WITH e, coalesce(e.start, e.reported) AS day
WHERE ($from IS NULL OR day >= date($from))
  AND ($to IS NULL OR day <= date($to))
  AND ($types IS NULL OR e.type IN $types)
MATCH (e)-[ra:SOURCE|TARGET]->(x:Actor)
MATCH (e)-[rb:SOURCE|TARGET]->(y:Actor)
WHERE (type(ra) = 'SOURCE' AND type(rb) = 'TARGET')
   OR (type(ra) = 'SOURCE' AND type(rb) = 'SOURCE' AND x.id < y.id
       AND NOT EXISTS { MATCH (e)-[:TARGET]->(:Actor) })
WITH e, day, type(ra) = type(rb) AS symmetric, x, y,
     CASE WHEN $level = 'state' THEN coalesce(x.code, x.country, x.id) ELSE x.id END AS kx,
     CASE WHEN $level = 'state' THEN coalesce(y.code, y.country, y.id) ELSE y.id END AS ky
WHERE kx <> ky
WITH DISTINCT e, day, symmetric,
     CASE WHEN symmetric AND ky < kx THEN ky ELSE kx END AS sk,
     CASE WHEN symmetric AND ky < kx THEN kx ELSE ky END AS tk
OPTIONAL MATCH (s:Actor {id: sk})
OPTIONAL MATCH (t:Actor {id: tk})
RETURN sk AS source_id, tk AS target_id, e.id AS event_id, e.type AS type, day AS date,
       e.cameo AS cameo, e.goldstein AS goldstein, e.quad AS quad, e.modality AS modality,
       symmetric,
       coalesce(s.name, sk) AS source_name, s.kind AS source_kind, s.country AS source_country,
       s.code AS source_code,
       coalesce(t.name, tk) AS target_name, t.kind AS target_kind, t.country AS target_country,
       t.code AS target_code
ORDER BY date, event_id, source_id, target_id
