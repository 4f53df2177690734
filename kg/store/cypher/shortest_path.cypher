// The shortest chain linking two actors through events: SOURCE/TARGET links of events and
// HOLDS_ROLE links from people to the state or organisation they act for, either direction.
// Each end is one actor: the one whose id is the parameter, else one whose name matches, else
// the state or organisation of that code. `hops` counts relationships, `events` the events on
// the path; `path` reads actor names and "type date" for events.
//
// An actor is a state or IGO code (USA, RUS, NATO), an actor id, or a name ("Russia", "Joe
// Biden"); a state or organisation also stands for the people who acted for it (their code or
// country, or a HOLDS_ROLE link).
// @param a:str required  one actor
// @param b:str required  the other actor
// @param max_hops:int 8  longest path, in relationships (12 at most)
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
WITH x, CASE WHEN x.id = $a THEN 0
          WHEN toLower(x.name) = toLower($a)
            OR toLower($a) IN [n IN coalesce(x.names, []) | toLower(n)] THEN 1
          WHEN x.kind <> 'person' THEN 2 ELSE 3 END AS rank
ORDER BY rank, x.id
LIMIT 1
CALL {
  CALL {
    MATCH (y:Actor {id: $b}) RETURN y
    UNION MATCH (y:Actor {code: $b}) RETURN y
    UNION MATCH (y:Actor {country: $b}) RETURN y
    UNION MATCH (y:Actor {name: $b}) RETURN y
    UNION MATCH (:Actor {id: $b})<-[:HOLDS_ROLE]-(y:Actor) RETURN y
    UNION MATCH (:Actor {name: $b})<-[:HOLDS_ROLE]-(y:Actor) RETURN y
  }
  RETURN collect(y) AS found
}
CALL (found) {
  UNWIND CASE WHEN size(found) = 0 THEN [1] ELSE [] END AS fallback
  MATCH (y:Actor)
  WHERE toLower(y.name) = toLower($b) OR toLower($b) IN [n IN coalesce(y.names, []) | toLower(n)]
     OR EXISTS { MATCH (y)-[:HOLDS_ROLE]->(org:Actor)
                 WHERE toLower(org.name) = toLower($b)
                    OR toLower($b) IN [n IN coalesce(org.names, []) | toLower(n)] }
  RETURN collect(y) AS more
}
WITH x, found + more AS ys
UNWIND ys AS y
WITH x, y, CASE WHEN y.id = $b THEN 0
          WHEN toLower(y.name) = toLower($b)
            OR toLower($b) IN [n IN coalesce(y.names, []) | toLower(n)] THEN 1
          WHEN y.kind <> 'person' THEN 2 ELSE 3 END AS rank
ORDER BY rank, y.id
LIMIT 1
WITH x, y WHERE x <> y
MATCH p = shortestPath((x)-[:SOURCE|TARGET|HOLDS_ROLE*..12]-(y))
WITH p WHERE length(p) <= $max_hops
RETURN length(p) AS hops, size([n IN nodes(p) WHERE n:Event]) AS events,
       [n IN nodes(p) | CASE WHEN n:Event
                             THEN n.type + ' ' + toString(coalesce(n.start, n.reported))
                             ELSE n.name END] AS path,
       [n IN nodes(p) WHERE n:Event | n.id] AS event_ids
