// Gaps in contact between two actors: consecutive events of the dyad (in date order) more
// than $min_days days apart, with the events on each side of the gap.
//
// An actor is a state or IGO code (USA, RUS, NATO), an actor id, or a name ("Russia", "Joe
// Biden"); a state or organisation also stands for the people who acted for it (their code or
// country, or a HOLDS_ROLE link).
// Two participants form a dyad when they stand on opposite sides (SOURCE and TARGET), or both
// on the SOURCE side of an event without a target (a meeting or call stored with all its
// participants).
// An event's date is its start when known, else `reported`, the first publication date of an
// article reporting it (precision "reported"); date bounds apply to that date.
// @param a:str required  one actor
// @param b:str required  the other actor
// @param min_days:int 30  report gaps longer than this many days
// @param from:date null  first date, ISO (inclusive)
// @param to:date null  last date, ISO (inclusive)
// @param types:list null  only these event types, e.g. ["call","visit"]
// each side: exact lookups through the indexes; the case-insensitive scan of names and
// name variants only when they found nothing
CALL {
  CALL {
    MATCH (x:Actor {id: $a}) RETURN x
    UNION MATCH (x:Actor {code: $a}) RETURN x
    UNION MATCH (x:Actor {country: $a}) RETURN x
    UNION MATCH (x:Actor {name: $a}) RETURN x
    UNION MATCH (:Actor {id: $a})<-[:HOLDS_ROLE]-(x:Actor) RETURN x
    UNION MATCH (:Actor {name: $a})<-[:HOLDS_ROLE]-(x:Actor) RETURN x
  }
  RETURN collect(x) AS xs
}
CALL (xs) {
  UNWIND CASE WHEN size(xs) = 0 THEN [1] ELSE [] END AS fallback
  MATCH (x:Actor)
  WHERE toLower(x.name) = toLower($a) OR toLower($a) IN [n IN coalesce(x.names, []) | toLower(n)]
     OR EXISTS { MATCH (x)-[:HOLDS_ROLE]->(org:Actor)
                 WHERE toLower(org.name) = toLower($a)
                    OR toLower($a) IN [n IN coalesce(org.names, []) | toLower(n)] }
  RETURN collect(x) AS more
}
WITH xs + more AS xs
CALL {
  CALL {
    MATCH (y:Actor {id: $b}) RETURN y
    UNION MATCH (y:Actor {code: $b}) RETURN y
    UNION MATCH (y:Actor {country: $b}) RETURN y
    UNION MATCH (y:Actor {name: $b}) RETURN y
    UNION MATCH (:Actor {id: $b})<-[:HOLDS_ROLE]-(y:Actor) RETURN y
    UNION MATCH (:Actor {name: $b})<-[:HOLDS_ROLE]-(y:Actor) RETURN y
  }
  RETURN collect(y) AS ys
}
CALL (ys) {
  UNWIND CASE WHEN size(ys) = 0 THEN [1] ELSE [] END AS fallback
  MATCH (y:Actor)
  WHERE toLower(y.name) = toLower($b) OR toLower($b) IN [n IN coalesce(y.names, []) | toLower(n)]
     OR EXISTS { MATCH (y)-[:HOLDS_ROLE]->(org:Actor)
                 WHERE toLower(org.name) = toLower($b)
                    OR toLower($b) IN [n IN coalesce(org.names, []) | toLower(n)] }
  RETURN collect(y) AS more
}
WITH xs, ys + more AS ys
// the expansion starts from the side with fewer actors
WITH size(xs) <= size(ys) AS a_near, xs, ys
WITH CASE WHEN a_near THEN xs ELSE ys END AS near, CASE WHEN a_near THEN ys ELSE xs END AS far,
     CASE WHEN a_near THEN $b ELSE $a END AS key
// the far side is tested by property first; only its members no property test finds (people
// found through HOLDS_ROLE or by a name variant) are tested by list membership
// (coalesce: a property a person lacks, such as the country of an IGO official, gives null,
// and NOT null would leave them out of both tests)
WITH near, key,
     [f IN far WHERE NOT coalesce(f.id = key OR f.code = key OR f.country = key OR f.name = key, false)]
       AS extra
UNWIND near AS x
MATCH (x)<-[ra:SOURCE|TARGET]-(e:Event)-[rb:SOURCE|TARGET]->(y:Actor)
WHERE y <> x
  AND (y.id = key OR y.code = key OR y.country = key OR y.name = key OR y IN extra)
  AND (type(ra) <> type(rb) OR NOT EXISTS { MATCH (e)-[:TARGET]->(:Actor) })
WITH DISTINCT e
WITH e, coalesce(e.start, e.reported) AS day
WHERE day IS NOT NULL
  AND ($from IS NULL OR day >= date($from))
  AND ($to IS NULL OR day <= date($to))
  AND ($types IS NULL OR e.type IN $types)
WITH e, day ORDER BY day, e.id
WITH collect({day: day, type: e.type, id: e.id}) AS contacts
UNWIND range(0, size(contacts) - 2) AS i
WITH contacts[i] AS earlier, contacts[i + 1] AS later
WITH earlier, later, duration.inDays(earlier.day, later.day).days AS days
WHERE days > $min_days
RETURN earlier.day AS gap_start, later.day AS gap_end, days,
       earlier.type AS before_type, later.type AS after_type,
       earlier.id AS before_event, later.id AS after_event
ORDER BY gap_start
