package io.kexiang.inventory.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.inventory.CircuitMatch;
import io.kexiang.inventory.CircuitStatus;
import io.kexiang.inventory.CircuitType;
import io.kexiang.inventory.NetworkElementRef;
import io.kexiang.inventory.NetworkElementRole;
import io.kexiang.inventory.ResolveQuery;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.ServiceTier;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverIndexTests {

    private static IndexedEnd end(String circuit, CircuitType type, Integer ifIndex, Integer dlci, String vrf) {
        CircuitMatch match = new CircuitMatch(CircuitId.of(circuit), type, CircuitStatus.IN_SERVICE, 'A', "PE1", ifIndex, null,
                CustomerCode.of("C1"), "客户", ServiceTier.AAA, null);
        return new IndexedEnd(match, dlci, null, null, vrf, null, 0);
    }

    private final ResolverIndex index = new ResolverIndex.Builder()
            .element(1, new NetworkElementRef("PE1", NetworkElementRole.PE, "Huawei", "site", "PE1-NMS", List.of()))
            .address(1, "10.0.0.1")
            .address(1, "2001:db8:0:0:0:0:0:1")
            .end(1, end("FR-1", CircuitType.FR, 5, 100, null), 5, "Serial1/0/0")
            .end(1, end("FR-2", CircuitType.FR, 5, 101, null), 5, "Serial1/0/0")
            .end(1, end("VPN-1", CircuitType.MPLS_VPN, 7, null, "VRF_A"), 7, null)
            .build();

    private List<String> ids(ResolveQuery query) {
        return index.resolve(query).stream().map(match -> match.circuitId().value()).toList();
    }

    @Test
    void anElementIsFoundByNameNmsNameOrAnySpellingOfItsAddress() {
        assertThat(index.networkElement("pe1")).isPresent();
        assertThat(index.networkElement("PE1-NMS")).isPresent();
        assertThat(index.networkElement("10.0.0.1")).isPresent();
        assertThat(index.networkElement("2001:db8::1")).isPresent();
        assertThat(index.networkElement("10.0.0.2")).isEmpty();
    }

    @Test
    void aQualifierNarrowsAndItsAbsenceWidens() {
        assertThat(ids(ResolveQuery.atInterface("PE1", 5))).containsExactly("FR-1", "FR-2");
        assertThat(ids(new ResolveQuery("PE1", null, 5, null, 101, null, null, null, null, null)))
                .containsExactly("FR-2");
        assertThat(ids(new ResolveQuery(null, "10.0.0.1", null, null, null, null, null, "VRF_A", null, null)))
                .containsExactly("VPN-1");
        assertThat(ids(new ResolveQuery("PE1", null, null, null, null, null, null, null, null, null))).hasSize(3);
    }

    @Test
    void anUnknownInterfaceOrElementFindsNothing() {
        assertThat(ids(ResolveQuery.atInterface("PE1", 99))).isEmpty();
        assertThat(ids(ResolveQuery.atInterface("PE9", 5))).isEmpty();
        assertThat(ids(new ResolveQuery("PE1", null, 5, null, 999, null, null, null, null, null))).isEmpty();
    }

    @Test
    void anInterfaceNameIsMatchedWhenTheIndexIsUnknown() {
        assertThat(ids(new ResolveQuery("PE1", null, null, "serial1/0/0", null, null, null, null, null, null)))
                .containsExactly("FR-1", "FR-2");
        assertThat(ids(new ResolveQuery("PE1", null, 42, "Serial1/0/0", 100, null, null, null, null, null)))
                .containsExactly("FR-1");
    }

    @Test
    void aCircuitWithBothEndsOnOneElementIsListedOnceForTheElement() {
        CircuitMatch a = new CircuitMatch(CircuitId.of("LOOP-1"), CircuitType.DDN, CircuitStatus.IN_SERVICE, 'A', "SW", 1, null,
                CustomerCode.of("C1"), "客户", ServiceTier.B, null);
        CircuitMatch z = new CircuitMatch(CircuitId.of("LOOP-1"), CircuitType.DDN, CircuitStatus.IN_SERVICE, 'Z', "SW", 2, null,
                CustomerCode.of("C1"), "客户", ServiceTier.B, null);
        ResolverIndex hairpin = new ResolverIndex.Builder()
                .element(1, new NetworkElementRef("SW", NetworkElementRole.DDN_NODE, null, null, null, List.of()))
                .end(1, new IndexedEnd(a, null, null, null, null, "E1-1", 2), 1, null)
                .end(1, new IndexedEnd(z, null, null, null, null, "E1-2", 2), 2, null)
                .build();

        assertThat(hairpin.resolve(new ResolveQuery("SW", null, null, null, null, null, null, null, null, null)))
                .hasSize(1);
        assertThat(hairpin.resolve(ResolveQuery.atInterface("SW", 2))).extracting(CircuitMatch::end)
                .containsExactly('Z');
    }
}
