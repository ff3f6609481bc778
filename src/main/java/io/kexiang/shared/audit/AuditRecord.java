package io.kexiang.shared.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/** One audited change: who, when, what, and the row before and after (JSON). */
record AuditRecord(long id, Instant occurredAt, String actor, String entityType, String entityKey, String action,
                   @JsonRawValue String before, @JsonRawValue String after) {
}
