package io.kexiang.ingest.received;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How an OCTET STRING reads to an engineer: UTF-8 text, or GBK text (what Chinese NMSs send), or hex when it is
 * neither, as a MAC address or an engine ID is.
 */
public final class OctetText {

    private static final Charset GBK = Charset.forName("GBK");

    private OctetText() {
    }

    public static String render(byte[] octets) {
        return text(octets, StandardCharsets.UTF_8).or(() -> text(octets, GBK))
                .orElseGet(() -> HexFormat.ofDelimiter(":").formatHex(octets));
    }

    private static Optional<String> text(byte[] octets, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets)).toString();
            return printable(text) ? Optional.of(text) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean printable(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c != 0x7F || c == '\t' || c == '\n' || c == '\r');
    }
}
