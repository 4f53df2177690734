// The ids of the events of the given actors (to refresh with refresh_events after a batch
// changed how those actors are shown).
// @internal
UNWIND $ids AS id
MATCH (:Actor {id: id})<-[:SOURCE|TARGET]-(e:Event)
RETURN DISTINCT e.id AS id
