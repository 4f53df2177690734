// Index the given events under the dyads they stand between, from their stored sides (so the
// index answers exactly what expanding the sides answers, merged reports included): the pairs
// of state/IGO codes of two different actors on opposite sides, or, for an event with no
// target, of two different source actors (a meeting or call stored with all its
// participants); an actor stands for its code and its country. Run for the events a batch
// wrote and for the events of actors a batch shows differently; their old links go first.
// @internal
UNWIND $ids AS id
MATCH (e:Event {id: id})
OPTIONAL MATCH (e)-[old:BETWEEN]->(:Dyad)
DELETE old
WITH DISTINCT e
MATCH (e)-[:SOURCE]->(x:Actor)
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
WITH e, x, collect(t) AS ts
WITH e, x, CASE WHEN size(ts) > 0 THEN ts ELSE [(e)-[:SOURCE]->(y:Actor) WHERE y.id > x.id | y] END AS ys
UNWIND ys AS y
WITH e, x, y WHERE x <> y
UNWIND [c IN [x.code, x.country] WHERE c IS NOT NULL] AS a
UNWIND [c IN [y.code, y.country] WHERE c IS NOT NULL] AS b
WITH DISTINCT e, CASE WHEN a <= b THEN a ELSE b END AS lo, CASE WHEN a <= b THEN b ELSE a END AS hi
MERGE (d:Dyad {id: lo + '|' + hi})
ON CREATE SET d.a = lo, d.b = hi
MERGE (e)-[:BETWEEN]->(d)
