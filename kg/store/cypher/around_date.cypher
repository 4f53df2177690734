// Everything around a date: the events touching an actor within $days days before or after
// $date, in date order, with the signed distance in days (`delta_days`) and the actor's side.
//
// An actor is a state or IGO code (USA, RUS, NATO), an actor id, or a name ("Russia", "Joe
// Biden"); a state or organisation also stands for the people who acted for it (their code or
// country, or a HOLDS_ROLE link).
// An event's date is its start when known, else `reported`, the first publication date of an
// article reporting it (precision "reported"); date bounds apply to that date.
// @param actor:str required  the actor
// @param date:date required  the centre of the window, ISO
// @param days:int 7  half-width of the window in days
// @param types:list null  only these event types, e.g. ["call","visit"]
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
UNWIND xs AS x
MATCH (x)<-[r:SOURCE|TARGET]-(e:Event)
WITH e, collect(DISTINCT type(r)) AS sides
WITH e, sides, coalesce(e.start, e.reported) AS day
WHERE day >= date($date) - duration({days: $days})
  AND day <= date($date) + duration({days: $days})
  AND ($types IS NULL OR e.type IN $types)
RETURN day AS date, duration.inDays(date($date), day).days AS delta_days, CASE WHEN e.start IS NULL THEN 'reported' ELSE e.precision END AS precision,
       CASE WHEN size(sides) > 1 THEN 'both' ELSE toLower(sides[0]) END AS role,
       e.type AS type,
       e.source_list AS source, e.target_list AS target,
       e.source_names AS source_names, e.target_names AS target_names,
       e.modality AS modality, e.cameo AS cameo, e.goldstein AS goldstein, e.quad AS quad,
       e.evidence AS evidence, e.id AS event_id
ORDER BY date, type, event_id
