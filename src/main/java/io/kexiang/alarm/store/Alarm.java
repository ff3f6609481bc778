package io.kexiang.alarm.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An alarm as stored, read-only here: the intake and {@link AlarmOperations} write it with SQL, so that the
 * reduction upsert and the operations' journal stay in one statement each.
 */
@Entity
@Immutable
@Table(name = "alarm")
public class Alarm {

    @Id
    private Long id;
    private String reductionKey;
    private String state;
    private String ackState;
    private String ackUserId;
    private String ackSystemId;
    private Instant ackTime;
    private String alarmType;
    private String probableCause;
    private String specificProblem;
    private String perceivedSeverity;
    private String reportedSeverity;
    private String alarmedObjectId;
    private String alarmedObjectType;
    private String networkElement;
    private String sourceAddress;
    private String sourceSystemId;
    private String externalAlarmId;
    private String notification;
    private String family;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> resource;
    private String alarmDetails;
    private Instant raisedAt;
    private Instant reportedAt;
    private Instant changedAt;
    private Instant clearedAt;
    private String clearUserId;
    private String clearSystemId;
    private Instant firstOccurrence;
    private Instant lastOccurrence;
    private int occurrenceCount;
    private int flapCycles;
    private boolean flapping;
    private boolean isRootCause;
    private Long parentAlarmId;
    private String correlationReason;
    private boolean serviceAffecting;
    private boolean plannedOutage;
    private boolean escalated;
    @ElementCollection
    @CollectionTable(name = "alarm_circuit", joinColumns = @JoinColumn(name = "alarm_id"))
    @OrderBy("circuitId")
    @BatchSize(size = 100)
    private List<AlarmCircuit> circuits;
    @ElementCollection
    @CollectionTable(name = "alarm_comment", joinColumns = @JoinColumn(name = "alarm_id"))
    @OrderBy("time")
    @BatchSize(size = 100)
    private List<AlarmComment> comments;

    protected Alarm() {
    }

    public Long id() { return id; }
    public String reductionKey() { return reductionKey; }
    public String state() { return state; }
    public String ackState() { return ackState; }
    public String ackUserId() { return ackUserId; }
    public String ackSystemId() { return ackSystemId; }
    public Instant ackTime() { return ackTime; }
    public String alarmType() { return alarmType; }
    public String probableCause() { return probableCause; }
    public String specificProblem() { return specificProblem; }
    public String perceivedSeverity() { return perceivedSeverity; }
    public String reportedSeverity() { return reportedSeverity; }
    public String alarmedObjectId() { return alarmedObjectId; }
    public String alarmedObjectType() { return alarmedObjectType; }
    public String networkElement() { return networkElement; }
    public String sourceAddress() { return sourceAddress; }
    public String sourceSystemId() { return sourceSystemId; }
    public String externalAlarmId() { return externalAlarmId; }
    public String notification() { return notification; }
    public String family() { return family; }
    public Map<String, Object> resource() { return resource; }
    public String alarmDetails() { return alarmDetails; }
    public Instant raisedAt() { return raisedAt; }
    public Instant reportedAt() { return reportedAt; }
    public Instant changedAt() { return changedAt; }
    public Instant clearedAt() { return clearedAt; }
    public String clearUserId() { return clearUserId; }
    public String clearSystemId() { return clearSystemId; }
    public Instant firstOccurrence() { return firstOccurrence; }
    public Instant lastOccurrence() { return lastOccurrence; }
    public int occurrenceCount() { return occurrenceCount; }
    public int flapCycles() { return flapCycles; }
    public boolean flapping() { return flapping; }
    public boolean isRootCause() { return isRootCause; }
    public Long parentAlarmId() { return parentAlarmId; }
    public String correlationReason() { return correlationReason; }
    public boolean serviceAffecting() { return serviceAffecting; }
    public boolean plannedOutage() { return plannedOutage; }
    public boolean escalated() { return escalated; }
    public List<AlarmCircuit> circuits() { return circuits; }
    public List<AlarmComment> comments() { return comments; }
}
