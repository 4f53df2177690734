// Link events to the articles reporting them, one relationship per evidence sentence.
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (a:Article {id: row.article})
MERGE (e)-[r:REPORTED_IN {sentence: row.sentence}]->(a)
SET r += row.props
