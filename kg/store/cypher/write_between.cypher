// Link events to the dyads they stand between.
// @internal
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (d:Dyad {id: row.dyad})
MERGE (e)-[:BETWEEN]->(d)
