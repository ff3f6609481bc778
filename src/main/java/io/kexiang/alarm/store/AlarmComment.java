package io.kexiang.alarm.store;

import jakarta.persistence.Embeddable;
import java.time.Instant;

@Embeddable
public record AlarmComment(String userId, String systemId, Instant time, String comment) {
}
