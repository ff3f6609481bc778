package io.kexiang.ingest.archive;

/** A Kafka record's position: what makes an event that came through Kafka unique in the archive. */
public record KafkaPosition(String topic, int partition, long offset) {
}
