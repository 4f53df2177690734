// Events already in the graph that incoming reports describe: same key (type and parties)
// and overlapping time windows. Used by the loader to merge reports of one event.
// @internal
UNWIND $rows AS row
MATCH (e:Event {key: row.key})
WHERE e.lo <= row.hi AND e.hi >= row.lo
RETURN row.id AS incoming, e.id AS existing, e.rank AS rank, e.lo AS lo
