// Events of a type in a period, optionally touching an actor (on one side) or a place, in
// date order: all threats against Ukraine in 2021 (type threat, actor UKR, role target, from
// 2021-01-01, to 2021-12-31); every visit to Moscow (type visit, actor RUS, role target).
// `role` is the side the actor stood on (null without an actor).
//
// An actor is a state or IGO code (USA, RUS, NATO), an actor id, or a name ("Russia", "Joe
// Biden"); a state or organisation also stands for the people who acted for it (their code or
// country, or a HOLDS_ROLE link).
// An event's date is its start when known, else `reported`, the first publication date of an
// article reporting it (precision "reported"); date bounds apply to that date.
// @param type:str null  the event type (call, visit, meeting, threat, ...); null for every type
// @param from:date null  first date, ISO (inclusive)
// @param to:date null  last date, ISO (inclusive)
// @param actor:str null  only events with this actor as a participant
// @param role:str null  with an actor: "source" or "target" to keep that side only
// @param place:str null  only events AT a Place with this id, name or country code
MATCH (e:Event)
WHERE $type IS NULL OR e.type = $type
WITH e, coalesce(e.start, e.reported) AS day
WHERE ($from IS NULL OR day >= date($from)) AND ($to IS NULL OR day <= date($to))
  AND ($place IS NULL
       OR EXISTS { MATCH (e)-[:AT]->(p:Place)
                   WHERE p.id = $place OR toLower(p.name) = toLower($place) OR p.country = $place })
OPTIONAL MATCH (e)-[r:SOURCE|TARGET]->(x:Actor)
WHERE $actor IS NOT NULL
  AND (x.id = $actor OR x.code = $actor OR x.country = $actor OR toLower(x.name) = toLower($actor)
       OR toLower($actor) IN [n IN coalesce(x.names, []) | toLower(n)]
       OR EXISTS { MATCH (x)-[:HOLDS_ROLE]->(org:Actor)
                   WHERE org.id = $actor OR toLower(org.name) = toLower($actor)
                      OR toLower($actor) IN [n IN coalesce(org.names, []) | toLower(n)] })
WITH e, day, collect(DISTINCT type(r)) AS sides
WHERE ($actor IS NULL OR size(sides) > 0)
  AND ($actor IS NULL OR $role IS NULL OR toUpper($role) IN sides)
RETURN day AS date, CASE WHEN e.start IS NULL THEN 'reported' ELSE e.precision END AS precision,
       CASE WHEN size(sides) = 0 THEN null WHEN size(sides) > 1 THEN 'both'
            ELSE toLower(sides[0]) END AS role,
       e.type AS type,
       e.source_list AS source, e.target_list AS target,
       e.source_names AS source_names, e.target_names AS target_names,
       e.modality AS modality, e.cameo AS cameo, e.goldstein AS goldstein, e.quad AS quad,
       e.evidence AS evidence, e.id AS event_id
ORDER BY date, type, event_id
