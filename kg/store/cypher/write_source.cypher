// Link events to the actors on their source side.
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (a:Actor {id: row.actor})
MERGE (e)-[:SOURCE]->(a)
