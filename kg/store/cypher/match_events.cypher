// Events already in the graph that incoming reports describe: same key (type and parties)
// and overlapping time windows. Used by the loader to merge reports of one event. Each row
// carries the buckets (key and month) a match can be stored under, so the lookup is index
// seeks on `bucket` whatever the number of events of that key over the years.
// @internal
UNWIND $rows AS row
UNWIND row.buckets AS bucket
MATCH (e:Event {bucket: bucket})
WHERE e.lo <= row.hi AND e.hi >= row.lo
RETURN row.id AS incoming, e.id AS existing, e.rank AS rank, e.lo AS lo
