package io.kexiang.process.task;

import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a task may be given as a file (a completion form's test report, 竣工单的测试报告): a document, a sheet, a
 * picture or an archive, up to a size, whose first bytes are what its name says (a renamed program is refused). The
 * engine keeps the file with the task's record, in the same database and transaction.
 */
@Component
class Attachments {

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    /** By extension, the bytes a file of that kind begins with; {@code null}: plain text, any bytes but NUL. */
    private static final Map<String, byte[]> KINDS = Map.ofEntries(Map.entry("pdf", PDF), Map.entry("docx", ZIP),
            Map.entry("xlsx", ZIP), Map.entry("zip", ZIP), Map.entry("doc", OLE), Map.entry("xls", OLE),
            Map.entry("jpg", JPEG), Map.entry("jpeg", JPEG), Map.entry("png", PNG), Map.entry("txt", new byte[0]),
            Map.entry("csv", new byte[0]));

    private final long maxBytes;

    Attachments(@Value("${kexiang.process.attachment-max-size:20MB}") org.springframework.util.unit.DataSize max) {
        this.maxBytes = max.toBytes();
    }

    /** Refuses (400, naming {@code file}) a file that is empty, too large, of a kind not taken, or not what it says. */
    void check(String name, byte[] content) {
        String extension = name == null || !name.contains(".") ? ""
                : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        Text problem = null;
        if (content.length == 0 || content.length > maxBytes) {
            problem = Text.of("process.attachmentSize", maxBytes / (1024 * 1024));
        } else if (!KINDS.containsKey(extension)) {
            problem = Text.of("process.attachmentKind", String.join(", ", KINDS.keySet().stream().sorted().toList()));
        } else if (!looksLike(KINDS.get(extension), content)) {
            problem = Text.of("process.attachmentContent", extension);
        }
        if (problem != null) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("file", name, problem)));
        }
    }

    /** The file's kind as the engine records it: its extension. */
    String type(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    ByteArrayInputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    private static boolean looksLike(byte[] magic, byte[] content) {
        if (magic.length == 0) {
            for (int i = 0; i < Math.min(content.length, 8192); i++) {
                if (content[i] == 0) {
                    return false;
                }
            }
            return true;
        }
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }
}
