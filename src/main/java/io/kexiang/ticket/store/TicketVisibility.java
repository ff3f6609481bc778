package io.kexiang.ticket.store;

import io.kexiang.identity.CustomerScope;
import io.kexiang.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * An account manager reads their own customers' tickets, journals and fault reports; to them no other ticket is
 * there (404, as for a ticket that does not exist).
 */
@Component
public class TicketVisibility {

    private final JdbcTemplate jdbc;

    TicketVisibility(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void require(long ticketId, Authentication caller) {
        CustomerScope.ownCustomersOf(caller).ifPresent(manager -> {
            if (jdbc.queryForList("select 1 from trouble_ticket where id = ? and account_manager_employee_id = ?",
                    ticketId, manager).isEmpty()) {
                throw new NotFoundException("troubleTicket", ticketId);
            }
        });
    }
}
