package io.kexiang.alarm.store;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface Alarms extends JpaRepository<Alarm, Long>, JpaSpecificationExecutor<Alarm> {

    /** Children of the given alarms, as pairs of parent id and child id. */
    @Query("select a.parentAlarmId, a.id from Alarm a where a.parentAlarmId in :parents order by a.id")
    List<Object[]> childrenOf(Collection<Long> parents);

    @Query(value = "select alarm_id from alarm_event where raw_event_id = :rawEventId", nativeQuery = true)
    List<Long> builtFrom(long rawEventId);
}
