package io.kexiang.ingest.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snmp4j.smi.TimeTicks;

class PduConversionTests {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 99, 100, 4_200, 123_456, 359_999, 360_000, 8_639_999, 8_640_000, 8_640_001,
        17_280_000, 98_765_432, 4_294_967_295L})
    void timeTicksReadAsSnmp4jWritesThem(long hundredths) {
        assertThat(PduConversion.timeTicks(hundredths)).isEqualTo(new TimeTicks(hundredths).toString());
    }
}
