// Merge Actor nodes by id; keep every name form seen in `names`, never blank a known property.
// Returns the actors whose shown form (code, else country, else name) the rows changed: the
// events already showing them are refreshed (refresh_events.cypher).
// @internal
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.names = [row.name]
WITH a, row, coalesce(a.code, a.country, a.name) AS shown
SET a.kind = coalesce(row.props.kind, a.kind),
    a.country = coalesce(row.props.country, a.country),
    a.code = coalesce(row.props.code, a.code),
    a.sector = coalesce(row.props.sector, a.sector),
    a.wikidata = coalesce(row.props.wikidata, a.wikidata),
    a.names = CASE WHEN row.name IN a.names THEN a.names ELSE a.names + row.name END
WITH a, shown
WHERE coalesce(a.code, a.country, a.name) <> shown
RETURN DISTINCT a.id AS changed
