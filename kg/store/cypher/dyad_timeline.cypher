// Events between two actors, in either direction, in date order.
//
// An actor is a state or IGO code (USA, RUS, NATO), an actor id, or a name ("Russia", "Joe
// Biden"); a state or organisation also stands for the people who acted for it (their code or
// country, or a HOLDS_ROLE link). Two participants form the dyad when they stand on opposite
// sides (SOURCE and TARGET), or both on the SOURCE side of an event without a target (a meeting
// or call stored with all its participants). An event's date is its start when known, else
// `reported`, the first publication date of an article reporting it (precision "reported");
// the date bounds apply to that date. An actor is looked up exactly first (id, code, country,
// name: index seeks); its name in another case or a name variant is tried only when nothing
// matched exactly. The evidence is the sentence of the earliest report; source and target
// lists are sorted. Two states or organisations given by code are read from the dyad index
// (Dyad nodes, BETWEEN relationships): the same events, without expanding every event of
// both sides.
// @param a:str required  one actor of the dyad
// @param b:str required  the other actor
// @param from:date null  first date, ISO (inclusive)
// @param to:date null  last date, ISO (inclusive)
// @param types:list null  only these event types, e.g. ["call","visit"]
OPTIONAL MATCH (pa:Actor {id: $a})
OPTIONAL MATCH (pb:Actor {id: $b})
WITH coalesce(pa.kind IN ['state', 'igo'] AND pb.kind IN ['state', 'igo'], false) AS by_codes,
     CASE WHEN $a <= $b THEN $a + '|' + $b ELSE $b + '|' + $a END AS pair
// two states or organisations: the events indexed under their dyad
CALL (by_codes, pair) {
  WITH pair WHERE by_codes
  MATCH (:Dyad {id: pair})<-[:BETWEEN]-(e:Event)
  RETURN collect(e) AS indexed
}
// anything else (a person, a name): each side resolved, expanded from the smaller one
CALL (by_codes) {
  WITH by_codes WHERE NOT by_codes
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
  RETURN collect(DISTINCT e) AS expanded
}
UNWIND indexed + expanded AS e
WITH DISTINCT e
WITH e, coalesce(e.start, e.reported) AS day
WHERE ($from IS NULL OR day >= date($from))
  AND ($to IS NULL OR day <= date($to))
  AND ($types IS NULL OR e.type IN $types)
RETURN day AS date,
       CASE WHEN e.start IS NULL THEN 'reported' ELSE e.precision END AS precision,
       e.type AS type,
       e.source_list AS source, e.target_list AS target,
       e.modality AS modality, e.cameo AS cameo, e.goldstein AS goldstein,
       e.evidence AS evidence, e.id AS event_id
ORDER BY date, type, event_id
