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
MATCH (x:Actor)
WHERE (x.id = $a OR x.code = $a OR x.country = $a OR toLower(x.name) = toLower($a)
   OR toLower($a) IN [n IN coalesce(x.names, []) | toLower(n)]
   OR EXISTS { MATCH (x)-[:HOLDS_ROLE]->(org:Actor)
               WHERE org.id = $a OR toLower(org.name) = toLower($a)
                  OR toLower($a) IN [n IN coalesce(org.names, []) | toLower(n)] })
MATCH (x)<-[ra:SOURCE|TARGET]-(e:Event)-[rb:SOURCE|TARGET]->(y:Actor)
WHERE y <> x AND (type(ra) <> type(rb) OR NOT EXISTS { MATCH (e)-[:TARGET]->(:Actor) })
  AND (y.id = $b OR y.code = $b OR y.country = $b OR toLower(y.name) = toLower($b)
       OR toLower($b) IN [n IN coalesce(y.names, []) | toLower(n)]
       OR EXISTS { MATCH (y)-[:HOLDS_ROLE]->(org:Actor)
                   WHERE org.id = $b OR toLower(org.name) = toLower($b)
                      OR toLower($b) IN [n IN coalesce(org.names, []) | toLower(n)] })
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
