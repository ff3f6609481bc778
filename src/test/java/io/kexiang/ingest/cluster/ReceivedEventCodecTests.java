package io.kexiang.ingest.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kexiang.ingest.received.Outcome;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.ingest.received.Varbind;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceivedEventCodecTests {

    @Test
    void aDecodedTrapComesBackAsItWasExceptItsAcknowledgementAndJournalNumber() {
        ReceivedEvent trap = new ReceivedEvent(Instant.parse("2026-12-03T06:00:00.123456789Z"), "udp", "192.0.2.7",
                49152, "v2c", "INFORM", "1.3.6.1.6.3.1.1.5.3", "192.0.2.99",
                List.of(new Varbind("1.3.6.1.2.1.2.2.1.1.3", "Integer32", "3", null),
                        new Varbind("1.3.6.1.2.1.2.2.1.2.3", "OCTET STRING", "以太网口3", new byte[] {1, 2, 0, -1})),
                new byte[] {0x30, 0x2a, 0, -128}, Outcome.ACCEPTED, null, () -> { }, 42);

        ReceivedEvent back = ReceivedEventCodec.decode(ReceivedEventCodec.encode(trap));

        assertThat(back).usingRecursiveComparison().ignoringFields("acknowledgement", "journalSeq", "raw", "varbinds")
                .isEqualTo(trap);
        assertThat(back.raw()).containsExactly(trap.raw());
        assertThat(back.varbinds()).hasSize(2);
        assertThat(back.varbinds().get(1).text()).isEqualTo("以太网口3");
        assertThat(back.varbinds().get(1).octets()).containsExactly(1, 2, 0, -1);
        assertThat(back.varbinds().get(0).octets()).isNull();
        assertThat(back.acknowledgement()).isNull();
        assertThat(back.journalSeq()).isZero();
    }

    @Test
    void anUndecodableDatagramKeepsItsNullsAndReason() {
        ReceivedEvent garbage = ReceivedEvent.unprocessed(Instant.parse("2026-12-03T06:00:00Z"), "udp", "192.0.2.8",
                null, null, new byte[] {7, 7, 7}, Outcome.UNDECODABLE, "not BER", 0);

        ReceivedEvent back = ReceivedEventCodec.decode(ReceivedEventCodec.encode(garbage));

        assertThat(back.sourcePort()).isNull();
        assertThat(back.trapOid()).isNull();
        assertThat(back.outcome()).isEqualTo(Outcome.UNDECODABLE);
        assertThat(back.reason()).isEqualTo("not BER");
        assertThat(back.varbinds()).isEmpty();
    }

    @Test
    void bytesOfAnotherVersionOrCutShortAreRefused() {
        byte[] encoded = ReceivedEventCodec.encode(ReceivedEvent.unprocessed(Instant.now(), "udp", "192.0.2.8", 1,
                null, new byte[] {1}, Outcome.UNDECODABLE, "x", 0));
        byte[] otherVersion = encoded.clone();
        otherVersion[0] = 9;

        assertThatThrownBy(() -> ReceivedEventCodec.decode(otherVersion)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 9");
        assertThatThrownBy(() -> ReceivedEventCodec.decode(Arrays.copyOf(encoded, encoded.length - 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReceivedEventCodec.decode("{\"json\":true}".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
