// Merge Actor nodes by id; keep every name form seen in `names`, never blank a known property.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.names = [row.name]
SET a.kind = coalesce(row.props.kind, a.kind),
    a.country = coalesce(row.props.country, a.country),
    a.code = coalesce(row.props.code, a.code),
    a.sector = coalesce(row.props.sector, a.sector),
    a.wikidata = coalesce(row.props.wikidata, a.wikidata),
    a.names = CASE WHEN row.name IN a.names THEN a.names ELSE a.names + row.name END
