// Merge Dyad nodes (a pair of states/IGOs, id "RUS|USA") by id: the index of events by pair.
// @internal
UNWIND $rows AS row
MERGE (d:Dyad {id: row.id})
ON CREATE SET d.a = row.a, d.b = row.b
