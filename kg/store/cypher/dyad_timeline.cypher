// Events between two actors, either direction, in date order.
// $a, $b: a state or IGO code (USA, RUS, NATO), an actor id, or a name ("Russia", "Joe Biden");
// a state also stands for the people who acted for it. $from, $to: optional ISO dates bounding
// the event date (undated events are kept only when no bound is given); $types: optional list
// of event types.
MATCH (e:Event)-[ra:SOURCE|TARGET]->(x:Actor)
WHERE x.id = $a OR x.code = $a OR x.country = $a OR toLower(x.name) = toLower($a)
   OR toLower($a) IN [n IN coalesce(x.names, []) | toLower(n)]
   OR EXISTS { MATCH (x)-[:HOLDS_ROLE]->(o:Actor)
               WHERE toLower(o.name) = toLower($a) OR toLower($a) IN [n IN coalesce(o.names, []) | toLower(n)] }
MATCH (e)-[rb:SOURCE|TARGET]->(y:Actor)
WHERE type(ra) <> type(rb)
  AND (y.id = $b OR y.code = $b OR y.country = $b OR toLower(y.name) = toLower($b)
       OR toLower($b) IN [n IN coalesce(y.names, []) | toLower(n)]
       OR EXISTS { MATCH (y)-[:HOLDS_ROLE]->(o:Actor)
                   WHERE toLower(o.name) = toLower($b) OR toLower($b) IN [n IN coalesce(o.names, []) | toLower(n)] })
WITH DISTINCT e
WHERE ($from IS NULL OR (e.start IS NOT NULL AND e.start >= date($from)))
  AND ($to IS NULL OR (e.start IS NOT NULL AND e.start <= date($to)))
  AND ($types IS NULL OR e.type IN $types)
OPTIONAL MATCH (e)-[:SOURCE]->(s:Actor)
WITH e, collect(DISTINCT coalesce(s.code, s.country, s.name)) AS source
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
WITH e, source, collect(DISTINCT coalesce(t.code, t.country, t.name)) AS target
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(:Article)
WITH e, source, target, collect(r.text)[0] AS evidence
RETURN coalesce(e.start, e.reported) AS date,
       CASE WHEN e.start IS NULL THEN 'reported' ELSE e.precision END AS precision,
       e.type AS type, source, target, e.modality AS modality, e.cameo AS cameo,
       e.goldstein AS goldstein, evidence, e.id AS event_id
ORDER BY date, e.type, e.id
