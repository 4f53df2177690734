// Index the events of a graph written before Dyad nodes existed under their dyads: the same
// pairs kg.graph.dyad_pairs gives when the events are written (two different actors on
// opposite sides, or two different source actors of an event with no target; each actor
// stands for its code and its country). Run once by GraphStore.apply_schema on such a graph.
// @internal
MATCH (e:Event)-[:SOURCE]->(x:Actor)
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
