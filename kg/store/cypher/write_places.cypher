// Merge Place nodes (cities, capitals, sites where events happened) by id.
// @internal
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
SET p.name = row.name, p.country = row.country
