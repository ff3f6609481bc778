-- Cluster mode (issue 18): an event that came through Kafka is archived with its record's position. The unique key
-- is what makes a redelivery harmless: a record already archived (its batch committed, its offset not yet) is found
-- and skipped in the transaction that would store it again, and a second writer (a consumer that lost its partition
-- and has not noticed) cannot store it twice. received_at is in the key because raw_event is partitioned by it (a
-- record's receive time travels with it, so its copies fall into one partition). Partial: rows of the single-node
-- mode, which have no position, cost the inserts nothing here.
alter table raw_event add column kafka_topic text, add column kafka_partition integer, add column kafka_offset bigint;
create unique index raw_event_kafka_position on raw_event (kafka_topic, kafka_partition, kafka_offset, received_at)
    where kafka_topic is not null;
