// Who met, called, visited ... whom in a period: one row per (source, target, event type)
// with the number of events and the first and last date.
//
// Pairs: each SOURCE with each TARGET of an event; for an event stored with all its
// participants on the SOURCE side and no target (a meeting, a call), each pair of them once,
// in id order (`symmetric`). $level "actor" keeps people apart from their state; "state" folds
// each actor into its state or organisation code (people count for the state they act for).
// An event's date is its start when known, else `reported`, the first publication date of an
// article reporting it (precision "reported"); date bounds apply to that date.
// @param from:date null  first date, ISO (inclusive)
// @param to:date null  last date, ISO (inclusive)
// @param types:list null  only these event types, e.g. ["meeting","call","visit"]
// @param level:str "actor"  "actor" or "state"
// a bounded period (up to 1000 days) is read through the start and reported indexes one day
// at a time; each event's pairs come from two pattern comprehensions, not a double expansion
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
WITH e, day,
     [(e)-[:SOURCE]->(s:Actor) | [s.id, CASE WHEN $level = 'state'
                                            THEN coalesce(s.code, s.country, s.id) ELSE s.id END]] AS ss,
     [(e)-[:TARGET]->(t:Actor) | CASE WHEN $level = 'state'
                                      THEN coalesce(t.code, t.country, t.id) ELSE t.id END] AS ts
// pairs: each SOURCE with each TARGET; without a TARGET, each pair of SOURCEs once (id order)
WITH e, day, size(ts) = 0 AS symmetric,
     CASE WHEN size(ts) > 0
          THEN reduce(acc = [], s IN ss | acc + [t IN ts | [s[1], t]])
          ELSE reduce(acc = [], s IN ss | acc + [u IN ss WHERE s[0] < u[0] | [s[1], u[1]]])
     END AS pairs
UNWIND pairs AS pair
WITH e, day, symmetric, pair[0] AS kx, pair[1] AS ky
WHERE kx <> ky
WITH DISTINCT e, day, symmetric,
     CASE WHEN symmetric AND ky < kx THEN ky ELSE kx END AS sk,
     CASE WHEN symmetric AND ky < kx THEN kx ELSE ky END AS tk
WITH sk, tk, e.type AS type, count(e) AS events, min(day) AS first_day, max(day) AS last_day
OPTIONAL MATCH (s:Actor {id: sk})
OPTIONAL MATCH (t:Actor {id: tk})
RETURN coalesce(s.name, sk) AS source, coalesce(t.name, tk) AS target, type,
       events AS `count`, first_day AS first, last_day AS last, sk AS source_id, tk AS target_id
ORDER BY events DESC, source, target, type
