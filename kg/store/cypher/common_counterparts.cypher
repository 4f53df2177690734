// Counterparts both actors have events with: one row per state or organisation code that
// has events with $a and with $b (people count for the state they act for), with the number
// of events of each, most shared first.
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
// @param from:date null  first date, ISO (inclusive)
// @param to:date null  last date, ISO (inclusive)
// @param types:list null  only these event types, e.g. ["call","visit"]
// each actor: exact lookups through the indexes (id, code, country, name, people holding a
// role for it); its name in another case or a name variant only when they found nothing
CALL {
  CALL {
    MATCH (x:Actor {id: $a}) RETURN x
    UNION MATCH (x:Actor {code: $a}) RETURN x
    UNION MATCH (x:Actor {country: $a}) RETURN x
    UNION MATCH (x:Actor {name: $a}) RETURN x
    UNION MATCH (:Actor {id: $a})<-[:HOLDS_ROLE]-(x:Actor) RETURN x
    UNION MATCH (:Actor {name: $a})<-[:HOLDS_ROLE]-(x:Actor) RETURN x
  }
  RETURN collect(x) AS found
}
CALL (found) {
  UNWIND CASE WHEN size(found) = 0 THEN [1] ELSE [] END AS fallback
  MATCH (x:Actor)
  WHERE toLower(x.name) = toLower($a) OR toLower($a) IN [n IN coalesce(x.names, []) | toLower(n)]
     OR EXISTS { MATCH (x)-[:HOLDS_ROLE]->(org:Actor)
                 WHERE toLower(org.name) = toLower($a)
                    OR toLower($a) IN [n IN coalesce(org.names, []) | toLower(n)] }
  RETURN collect(x) AS more
}
WITH found + more AS xs
UNWIND xs AS x
MATCH (x)<-[ra:SOURCE|TARGET]-(e:Event)-[rb:SOURCE|TARGET]->(y:Actor)
WHERE y <> x AND (type(ra) <> type(rb) OR NOT EXISTS { MATCH (e)-[:TARGET]->(:Actor) })
  AND NOT y IN xs
WITH DISTINCT e, coalesce(y.code, y.country, y.id) AS counterpart
WITH e, counterpart, coalesce(e.start, e.reported) AS day
WHERE ($from IS NULL OR day >= date($from))
  AND ($to IS NULL OR day <= date($to))
  AND ($types IS NULL OR e.type IN $types)
WITH counterpart, count(e) AS a_events
WITH collect({counterpart: counterpart, events: a_events}) AS of_a
CALL {
  CALL {
    MATCH (x:Actor {id: $b}) RETURN x
    UNION MATCH (x:Actor {code: $b}) RETURN x
    UNION MATCH (x:Actor {country: $b}) RETURN x
    UNION MATCH (x:Actor {name: $b}) RETURN x
    UNION MATCH (:Actor {id: $b})<-[:HOLDS_ROLE]-(x:Actor) RETURN x
    UNION MATCH (:Actor {name: $b})<-[:HOLDS_ROLE]-(x:Actor) RETURN x
  }
  RETURN collect(x) AS found
}
CALL (found) {
  UNWIND CASE WHEN size(found) = 0 THEN [1] ELSE [] END AS fallback
  MATCH (x:Actor)
  WHERE toLower(x.name) = toLower($b) OR toLower($b) IN [n IN coalesce(x.names, []) | toLower(n)]
     OR EXISTS { MATCH (x)-[:HOLDS_ROLE]->(org:Actor)
                 WHERE toLower(org.name) = toLower($b)
                    OR toLower($b) IN [n IN coalesce(org.names, []) | toLower(n)] }
  RETURN collect(x) AS more
}
WITH of_a, found + more AS xs
UNWIND xs AS x
MATCH (x)<-[ra:SOURCE|TARGET]-(e:Event)-[rb:SOURCE|TARGET]->(y:Actor)
WHERE y <> x AND (type(ra) <> type(rb) OR NOT EXISTS { MATCH (e)-[:TARGET]->(:Actor) })
  AND NOT y IN xs
WITH DISTINCT of_a, e, coalesce(y.code, y.country, y.id) AS counterpart
WITH of_a, e, counterpart, coalesce(e.start, e.reported) AS day
WHERE ($from IS NULL OR day >= date($from))
  AND ($to IS NULL OR day <= date($to))
  AND ($types IS NULL OR e.type IN $types)
WITH of_a, counterpart, count(e) AS b_events
WITH counterpart, b_events, head([c IN of_a WHERE c.counterpart = counterpart]) AS shared
WHERE shared IS NOT NULL
OPTIONAL MATCH (c:Actor {id: counterpart})
RETURN counterpart, coalesce(c.name, counterpart) AS name, shared.events AS a_events, b_events
ORDER BY a_events + b_events DESC, counterpart
