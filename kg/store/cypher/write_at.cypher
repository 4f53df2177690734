// Link events to the places where they happened.
// @internal
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (p:Place {id: row.place})
MERGE (e)-[:AT]->(p)
