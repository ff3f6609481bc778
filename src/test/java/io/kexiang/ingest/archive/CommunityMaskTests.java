package io.kexiang.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.bench.BerTrap;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommunityMaskTests {

    @Test
    void theCommunityOfAV2cTrapIsOverwrittenAndTheRestIsKept() {
        byte[] trap = BerTrap.encode("s3cret-community", BerTrap.LINK_DOWN, 5, 1);

        byte[] masked = CommunityMask.masked(trap);

        assertThat(new String(masked, StandardCharsets.ISO_8859_1)).doesNotContain("s3cret")
                .contains("*".repeat("s3cret-community".length()));
        assertThat(masked).hasSameSizeAs(trap);
        assertThat(masked[masked.length - 1]).isEqualTo(trap[trap.length - 1]);
    }

    @Test
    void bytesThatAreNoSnmpMessageAreWithheld() {
        assertThat(CommunityMask.masked(new byte[] {0x30})).isNull();
        assertThat(CommunityMask.masked("public garbage".getBytes(StandardCharsets.US_ASCII))).isNull();
    }
}
