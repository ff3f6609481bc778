package io.kexiang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ids modules hand each other. Their JSON is the bare value, so that event publications written before they
 * were records, and TMF bodies, read the same.
 */
class IdsTests {

    private final ObjectMapper json = new ObjectMapper();

    record Crossing(AlarmId alarm, TicketId ticket, List<CircuitId> circuits, CustomerCode customer,
                    AlarmId parent) {
    }

    @Test
    void anIdIsWrittenAndReadAsItsBareValue() throws Exception {
        Crossing crossing = new Crossing(AlarmId.of(42), TicketId.of(7), List.of(CircuitId.of("DDN-BJ-0001")),
                CustomerCode.of("G-1001"), null);
        String written = json.writeValueAsString(crossing);
        assertThat(json.readValue(written, Map.class)).containsEntry("alarm", 42).containsEntry("ticket", 7)
                .containsEntry("circuits", List.of("DDN-BJ-0001")).containsEntry("customer", "G-1001");
        assertThat(json.readValue(written, Crossing.class)).isEqualTo(crossing);
    }

    @Test
    void anEventWrittenWithPlainIdsIsReadBack() throws Exception {
        Crossing read = json.readValue("""
                {"alarm": 5, "ticket": 9, "circuits": ["FR-1", "FR-2"], "customer": "C1", "parent": 3}""",
                Crossing.class);
        assertThat(read.alarm()).isEqualTo(AlarmId.of(5));
        assertThat(read.circuits()).containsExactly(CircuitId.of("FR-1"), CircuitId.of("FR-2"));
        assertThat(read.parent()).isEqualTo(AlarmId.of(3));
    }

    @Test
    void anIdIsNeverZeroNegativeOrBlank() {
        assertThatThrownBy(() -> AlarmId.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketId.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CircuitId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomerCode.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CircuitId.orNull(" ")).isNull();
        assertThat(AlarmId.orNull(null)).isNull();
    }

    @Test
    void anIdPrintsAsItsValueInLogsAndMessages() {
        assertThat("alarm " + AlarmId.of(12) + " on " + CircuitId.of("ATM-3")).isEqualTo("alarm 12 on ATM-3");
    }
}
