// Merge Article nodes by id and set their properties.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props
