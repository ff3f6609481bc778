package io.kexiang.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The circuit-opening ledger (电路开通台帐) for a period, for the REST API and the console alike. */
public interface CircuitOrderLedgers {

    /** A line of the ledger, in the order of its columns; {@code onTime} null while not completed. */
    record Line(String number, Instant orderDate, String externalId, String category, String customerCode,
                String customerName, String circuits, String branch, String state, Instant due,
                Instant completed, BigDecimal workingDays, Boolean onTime, String cancellationReason) {
    }

    /** The orders completed (报竣) in [from, to), oldest first: what 业务开通及时率 and 业务开通周期 count. */
    List<Line> completed(Instant from, Instant to);

    /**
     * {@code summary} and {@code lines} of the orders placed between the two days (both included).
     *
     * @throws io.kexiang.shared.InvalidInputException when a day is missing or wrong
     */
    Map<String, Object> ledger(String from, String to, String customer);

    /** The same as an Excel workbook in the language given (zh: Chinese headings). */
    byte[] workbook(String from, String to, String customer, Locale language);
}
