package io.kexiang.ordering;

import java.util.Locale;
import java.util.Map;

/** The circuit-opening ledger (电路开通台帐) for a period, for the REST API and the console alike. */
public interface CircuitOrderLedgers {

    /**
     * {@code summary} and {@code lines} of the orders placed between the two days (both included).
     *
     * @throws io.kexiang.shared.InvalidInputException when a day is missing or wrong
     */
    Map<String, Object> ledger(String from, String to, String customer);

    /** The same as an Excel workbook in the language given (zh: Chinese headings). */
    byte[] workbook(String from, String to, String customer, Locale language);
}
