// Merge Event nodes by id, set their properties, and keep the earliest report date.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e += row.props,
    e.reported = CASE
      WHEN e.reported IS NULL OR (row.reported IS NOT NULL AND row.reported < e.reported)
      THEN row.reported ELSE e.reported END
