// Link a person to the state or organisation they acted for, with the role and its dates.
UNWIND $rows AS row
MATCH (p:Actor {id: row.person})
MATCH (o:Actor {id: row.org})
MERGE (p)-[r:HOLDS_ROLE {role: row.role}]->(o)
SET r.title = row.title,
    r.since = coalesce(row.since, r.since),
    r.until = coalesce(row.until, r.until)
