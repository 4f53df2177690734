// Merge Event nodes by id. A report with more precise dates refines the stored time; the
// earliest report date and the highest confidence are kept.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e += row.props, e += row.time, e.key = row.key, e.lo = row.lo, e.hi = row.hi,
              e.bucket = row.bucket,
              e.rank = row.rank, e.confidence = row.confidence, e.reported = row.reported
WITH e, row, row.rank > coalesce(e.rank, -1) AS refines
SET e.start = CASE WHEN refines THEN row.time.start ELSE e.start END,
    e.end = CASE WHEN refines THEN row.time.end ELSE e.end END,
    e.precision = CASE WHEN refines THEN row.time.precision ELSE e.precision END,
    e.time_text = CASE WHEN refines THEN row.time.time_text ELSE e.time_text END,
    e.lo = CASE WHEN refines THEN row.lo ELSE e.lo END,
    e.hi = CASE WHEN refines THEN row.hi ELSE e.hi END,
    e.bucket = CASE WHEN refines THEN row.bucket ELSE e.bucket END,
    e.rank = CASE WHEN refines THEN row.rank ELSE e.rank END,
    e.confidence = CASE WHEN row.confidence > e.confidence THEN row.confidence ELSE e.confidence END,
    e.reported = CASE
      WHEN e.reported IS NULL OR (row.reported IS NOT NULL AND row.reported < e.reported)
      THEN row.reported ELSE e.reported END
