package io.kexiang.report;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * The reports the centre owes (三个报告) and their delivery: a fault report after each fault of an important
 * customer (due a configured time after restoration), an operation analysis report per important customer and
 * month (due by the 5th working day of the next month), the quarterly report (due by the 10th of the month after the
 * quarter). The schedule makes the rows and reminds before the due time; a person records the delivery.
 */
public interface ReportDeliveries {

    /** {@code kind}: fault, operation, quarterly; {@code subject}: the ticket number, customer/month, or quarter. */
    record Delivery(long id, String kind, String subject, String customerCode, String customerName,
                    String accountManager, String period, Instant dueAt, Instant remindedAt, Instant deliveredAt,
                    String deliveredBy, String note) {

        /** Delivered by its due time; false while not delivered. */
        public boolean onTime() {
            return deliveredAt != null && !deliveredAt.isAfter(dueAt);
        }
    }

    /** The reports due in [from, to), delivered or not: what 三个报告提供及时率 counts. */
    List<Delivery> due(Instant from, Instant to);

    /**
     * The reports owed, soonest due first: {@code open} (not delivered), {@code delivered}, or all; an account manager
     * sees their own customers' only.
     */
    List<Delivery> list(String state, Authentication viewer);

    /**
     * Records a report as delivered, now, by the caller (once: 409 after); an account manager only their own.
     *
     * @throws io.kexiang.shared.NotFoundException when there is no such report owed (or it is another's)
     */
    Delivery deliver(long id, String note, Authentication who);
}
