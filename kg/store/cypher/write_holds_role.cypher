// Link a person to the state or organisation they acted for, with the role's title.
UNWIND $rows AS row
MATCH (p:Actor {id: row.person})
MATCH (o:Actor {id: row.org})
MERGE (p)-[r:HOLDS_ROLE {role: row.role}]->(o)
SET r.title = row.title
