package io.kexiang.qualification;

import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;

/** The resource-check ledger (资源核查台帐) for a period, for the REST API and the console alike. */
public interface ResourceCheckLedgers {

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
