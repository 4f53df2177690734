// Which actors a name, code or id stands for (the way every query of the library reads an
// actor parameter), with kind, codes, the roles they held (HOLDS_ROLE), their number of events
// and first and last date, most active first. Without $actor: every actor.
//
// An actor is a state or IGO code (USA, RUS, NATO), an actor id, or a name ("Russia", "Joe
// Biden"); a state or organisation also stands for the people who acted for it (their code or
// country, or a HOLDS_ROLE link).
// An event's date is its start when known, else `reported`, the first publication date of an
// article reporting it (precision "reported"); date bounds apply to that date.
// @param actor:str null  a code, id or name; null for every actor
// @param limit:int 100  how many actors
MATCH (x:Actor)
WHERE $actor IS NULL
   OR (x.id = $actor OR x.code = $actor OR x.country = $actor OR toLower(x.name) = toLower($actor)
    OR toLower($actor) IN [n IN coalesce(x.names, []) | toLower(n)]
    OR EXISTS { MATCH (x)-[:HOLDS_ROLE]->(org:Actor)
                WHERE org.id = $actor OR toLower(org.name) = toLower($actor)
                   OR toLower($actor) IN [n IN coalesce(org.names, []) | toLower(n)] })
OPTIONAL MATCH (x)<-[:SOURCE|TARGET]-(e:Event)
WITH x, count(DISTINCT e) AS events, min(coalesce(e.start, e.reported)) AS first_day,
     max(coalesce(e.start, e.reported)) AS last_day
RETURN x.id AS id, x.name AS name, x.kind AS kind, x.code AS code, x.country AS country,
       [(x)-[h:HOLDS_ROLE]->(org:Actor) | h.role + ', ' + org.name] AS roles,
       events, first_day AS first, last_day AS last
ORDER BY events DESC, id
LIMIT $limit
