// Count, for the given events, how many distinct articles report each.
UNWIND $ids AS id
MATCH (e:Event {id: id})
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
WITH e, count(DISTINCT a) AS n
SET e.sources = n
