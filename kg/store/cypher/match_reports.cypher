// Events that earlier loads already made of these reports (same article, same event record):
// a reload must attach each report to the event it joined the first time.
// @internal
UNWIND $rows AS row
MATCH (:Article {id: row.article})<-[r:REPORTED_IN]-(e:Event)
WHERE r.record_id = row.record
RETURN row.id AS incoming, e.id AS existing
