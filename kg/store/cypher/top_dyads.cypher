// The most active dyads of a period: the top $limit pairs by number of events (either
// direction), with the first and last date and the mean Goldstein score. Pairs are unordered
// (a < b).
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
// @param limit:int 10  how many dyads
// @param level:str "state"  "state" or "actor"
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
WITH DISTINCT e, day,
     CASE WHEN sk < tk THEN sk ELSE tk END AS ka, CASE WHEN sk < tk THEN tk ELSE sk END AS kb
WITH ka, kb, count(e) AS events, min(day) AS first_day, max(day) AS last_day,
     avg(e.goldstein) AS goldstein_mean
ORDER BY events DESC, ka, kb
LIMIT $limit
OPTIONAL MATCH (an:Actor {id: ka})
OPTIONAL MATCH (bn:Actor {id: kb})
RETURN ka AS a, kb AS b, coalesce(an.name, ka) AS a_name, coalesce(bn.name, kb) AS b_name,
       events, first_day AS first, last_day AS last, goldstein_mean
ORDER BY events DESC, a, b
