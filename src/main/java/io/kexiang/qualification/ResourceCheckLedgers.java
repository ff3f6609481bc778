package io.kexiang.qualification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;

/** The resource-check ledger (资源核查台帐) for a period, for the REST API and the console alike. */
public interface ResourceCheckLedgers {

    /** A line of the ledger, in the order of its columns; {@code onTime} null while unanswered. */
    record Line(String number, Instant requestedAt, String requester, String customerCode, String customerName,
                String serviceType, String bandwidth, String siteAddress, String state, String result,
                String conclusion, String operationsAnswer, String constructionAnswer, int rechecks,
                Instant answeredAt, BigDecimal workingDays, Instant answerDue, Boolean onTime) {
    }

    /** The checks answered in [from, to), oldest answer first: what 资源核查及时率 counts. */
    List<Line> answered(Instant from, Instant to);

    /**
     * {@code summary} and {@code lines} of the checks requested between the two days (both included, in the centre's
     * zone); an account manager's only their customers'.
     *
     * @throws io.kexiang.shared.InvalidInputException when a day is missing or wrong
     */
    Map<String, Object> ledger(String from, String to, String customer, Authentication viewer);

    /** The same as an Excel workbook in the language given (zh: Chinese headings). */
    byte[] workbook(String from, String to, String customer, Authentication viewer, Locale language);
}
