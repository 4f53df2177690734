// The most active dyads of a period: the top $limit pairs by number of events (either
// direction), with the first and last date and the mean Goldstein score. Pairs are unordered
// (a < b).
//
// Pairs: each SOURCE with each TARGET of an event; for an event stored with all its
// participants on the SOURCE side and no target (a meeting, a call), each pair of them once,
// in id order (`symmetric`). $level "actor" keeps people apart from their state; "state" folds
// each actor into its state or organisation codes (people count for the state they act for)
// and reads the pairs from the dyad index (Dyad nodes), one hop per event; an actor of no
// known state or organisation is left out at that level.
// An event's date is its start when known, else `reported`, the first publication date of an
// article reporting it (precision "reported"); date bounds apply to that date.
// @param from:date null  first date, ISO (inclusive)
// @param to:date null  last date, ISO (inclusive)
// @param types:list null  only these event types, e.g. ["call","visit"]
// @param limit:int 10  how many dyads
// @param level:str "state"  "state" or "actor"
WITH CASE WHEN $from IS NULL OR $to IS NULL
            OR duration.inDays(date($from), date($to)).days > 1000 THEN null
          ELSE [i IN range(0, duration.inDays(date($from), date($to)).days)
                | date($from) + duration({days: i})] END AS days
CALL (days) {
  UNWIND coalesce(days, []) AS d
  MATCH (e:Event {start: d})
  RETURN e, d AS day
  UNION ALL
  UNWIND coalesce(days, []) AS d
  MATCH (e:Event {reported: d})
  WHERE e.start IS NULL
  RETURN e, d AS day
  UNION ALL
  WITH days WHERE days IS NULL
  MATCH (e:Event)
  WITH e, coalesce(e.start, e.reported) AS day
  WHERE ($from IS NULL OR day >= date($from)) AND ($to IS NULL OR day <= date($to))
  RETURN e, day
}
WITH e, day WHERE $types IS NULL OR e.type IN $types
// state level: the pairs of the dyad index (each event under each pair of states it stands
// between); actor level: each SOURCE with each TARGET, or without a TARGET each pair of
// SOURCEs once (id order)
WITH e, day,
     CASE WHEN $level = 'state' THEN [] ELSE [(e)-[:SOURCE]->(s:Actor) | s.id] END AS ss,
     CASE WHEN $level = 'state' THEN [] ELSE [(e)-[:TARGET]->(t:Actor) | t.id] END AS ts
WITH e, day,
     CASE WHEN $level = 'state'
          THEN [(e)-[:BETWEEN]->(d:Dyad) | [d.a, d.b]]
          WHEN size(ts) > 0
          THEN reduce(acc = [], s IN ss | acc + [t IN ts | [s, t]])
          ELSE reduce(acc = [], s IN ss | acc + [u IN ss WHERE s < u | [s, u]])
     END AS pairs
UNWIND pairs AS pair
WITH e, day, pair[0] AS kx, pair[1] AS ky
WHERE kx <> ky
WITH DISTINCT e, day,
     CASE WHEN kx < ky THEN kx ELSE ky END AS ka, CASE WHEN kx < ky THEN ky ELSE kx END AS kb
WITH ka, kb, count(e) AS events, min(day) AS first_day, max(day) AS last_day,
     avg(e.goldstein) AS goldstein_mean
ORDER BY events DESC, ka, kb
LIMIT $limit
OPTIONAL MATCH (an:Actor {id: ka})
OPTIONAL MATCH (bn:Actor {id: kb})
RETURN ka AS a, kb AS b, coalesce(an.name, ka) AS a_name, coalesce(bn.name, kb) AS b_name,
       events, first_day AS first, last_day AS last, goldstein_mean
ORDER BY events DESC, a, b
