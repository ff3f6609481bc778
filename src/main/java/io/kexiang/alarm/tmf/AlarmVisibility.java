package io.kexiang.alarm.tmf;

import io.kexiang.alarm.store.Alarms;
import io.kexiang.identity.CustomerScope;
import io.kexiang.shared.NotFoundException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** An account manager reads the alarms that hit their customers' circuits; to them no other alarm is there. */
@Component
class AlarmVisibility {

    private final Alarms alarms;

    AlarmVisibility(Alarms alarms) {
        this.alarms = alarms;
    }

    void require(long id, Authentication caller) {
        Optional<String> manager = CustomerScope.ownCustomersOf(caller);
        if (manager.isPresent() && alarms.count(AlarmQuery.visibleTo(manager)
                .and((alarm, query, cb) -> cb.equal(alarm.get("id"), id))) == 0) {
            throw new NotFoundException("alarm", id);
        }
    }
}
