package io.kexiang.ingest.file;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The NMS northbound CSV drop ({@code routes/nms-file-drop.camel.yaml}).
 *
 * @param directory watched folder; processed files go to {@code done/}, refused ones to {@code error/}
 * @param charset {@code UTF-8} or {@code GBK}, as the NMS writes
 * @param nms name of the NMS the files come from (the source of their events)
 * @param columns our field (ne, severity, serial, probableCause, specificProblem, object, ifName, raisedTime,
 *                clearedTime, text) to the column header in the export; a field not listed is read from the
 *                column of its own name
 */
@ConfigurationProperties("kexiang.ingest.file-drop")
record FileDropSettings(
        @DefaultValue("./data/nms-drop") String directory,
        @DefaultValue("UTF-8") String charset,
        @DefaultValue("nms-file") String nms,
        @DefaultValue Map<String, String> columns) {

    String column(String field) {
        return columns.getOrDefault(field, field).trim().toLowerCase(Locale.ROOT);
    }
}
