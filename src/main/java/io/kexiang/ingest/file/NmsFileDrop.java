package io.kexiang.ingest.file;

import io.kexiang.ingest.archive.Ingestion;
import io.kexiang.ingest.received.Outcome;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.ingest.received.Varbind;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.shared.Texts;
import io.kexiang.shared.csv.CsvRow;
import io.kexiang.shared.csv.CsvTable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * An NMS northbound CSV export, one alarm per row, called by the {@code nms-file-drop} route. A file with any bad
 * row is refused whole, with a report beside it in {@code error/}; a good one becomes events named
 * {@code NMS-FILE::alarm}, normalised by {@code rules/nms-file.yaml}.
 */
@Component("nmsFileDrop")
@EnableConfigurationProperties(FileDropSettings.class)
public class NmsFileDrop {

    public static final String NOTIFICATION = "NMS-FILE::alarm";
    private static final Logger log = LoggerFactory.getLogger(NmsFileDrop.class);
    private static final List<String> REQUIRED = List.of("ne", "severity");
    private static final List<String> OPTIONAL = List.of("serial", "probableCause", "specificProblem", "object",
            "ifName", "raisedTime", "clearedTime", "text");

    private final FileDropSettings settings;
    private final Ingestion queue;
    private final Clock clock;
    private final Texts texts;

    NmsFileDrop(FileDropSettings settings, Ingestion queue, Clock clock, Texts texts) {
        this.settings = settings;
        this.queue = queue;
        this.clock = clock;
        this.texts = texts;
    }

    public void ingest(@Body byte[] content, @Header(Exchange.FILE_NAME_ONLY) String fileName)
            throws IOException, InterruptedException {
        Charset charset = Charset.forName(settings.charset());
        List<CsvRow> rows;
        try {
            rows = CsvTable.read(content, charset, columns(REQUIRED), columns(OPTIONAL), true).rows();
        } catch (InvalidInputException e) {
            throw refuse(fileName, e.text(), e.problems());
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (CsvRow row : rows) {
            for (String field : REQUIRED) {
                if (row.text(settings.column(field)) == null) {
                    problems.add(new FieldProblem(row.line(), settings.column(field), null,
                            Text.of("problem.required")));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw refuse(fileName, Text.of("ingest.fileRowsRefused", problems.size()), problems);
        }
        Instant received = clock.instant();
        for (CsvRow row : rows) {
            queue.put(event(row, received, charset));
        }
        log.info("NMS file {}: {} alarms taken", fileName, rows.size());
    }

    private ReceivedEvent event(CsvRow row, Instant received, Charset charset) {
        List<Varbind> fields = new ArrayList<>();
        for (String field : concat()) {
            String value = row.text(settings.column(field));
            if (value != null) {
                fields.add(new Varbind(field, "TEXT", value, null));
            }
        }
        byte[] raw = row.values().values().stream().map(v -> v == null ? "" : '"' + v.replace("\"", "\"\"") + '"')
                .collect(Collectors.joining(",")).getBytes(charset);
        return new ReceivedEvent(received, "file", settings.nms(), null, null, "CSV", NOTIFICATION,
                row.text(settings.column("ne")), fields, raw, Outcome.ACCEPTED, null, null);
    }

    private RefusedFileException refuse(String fileName, Text summary, List<FieldProblem> problems)
            throws IOException {
        Path report = Path.of(settings.directory(), "error", fileName + ".report.txt");
        Files.createDirectories(report.getParent());
        // For the centre's staff, in its language.
        StringBuilder text = new StringBuilder(texts.say(Text.of("ingest.fileRefused", fileName,
                clock.instant().toString(), texts.say(summary)))).append('\n');
        for (FieldProblem problem : problems) {
            text.append(texts.say(problem.value() == null
                    ? Text.of("ingest.fileProblem", problem.line(), problem.field(), problem.reason())
                    : Text.of("ingest.fileProblemValue", problem.line(), problem.field(), problem.value(),
                            problem.reason()))).append('\n');
        }
        Files.writeString(report, text);
        log.warn("NMS file {} refused: {} (report in {})", fileName, texts.say(summary), report);
        return new RefusedFileException(fileName + " refused: " + texts.say(summary));
    }

    private Set<String> columns(List<String> fields) {
        return fields.stream().map(settings::column).collect(Collectors.toSet());
    }

    private static List<String> concat() {
        List<String> all = new ArrayList<>(REQUIRED);
        all.addAll(OPTIONAL);
        return all;
    }
}
