package io.kexiang.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo inventory, resolved the way alarms will be: by where in the network a fault is. */
class ResolverIT extends ApplicationIT {

    @Autowired
    CircuitResolver resolver;

    @BeforeEach
    void demoInventoryIsIndexed() {
        demoInventory();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !resolver.resolve(ResolveQuery.atInterface("TJ-HX-FR01", 5)).isEmpty());
    }

    private List<String> circuits(String query) {
        Response response = admin().get("/api/v1/resolve?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().get("circuits").forEach(c -> ids.add(c.get("circuitId").asText()));
        return ids;
    }

    @Test
    void aFrameRelayDlciResolvesToItsPvcAndTheInterfaceToAllItsPvcs() {
        assertThat(circuits("ne=10.30.1.1&ifIndex=5&dlci=100")).containsExactly("TJ-FR-000401");
        assertThat(circuits("ne=TJ-HX-FR01&ifIndex=5"))
                .containsExactlyInAnyOrder("TJ-FR-000401", "TJ-FR-000402", "TJ-FR-000601");
        assertThat(circuits("ne=TJ-HX-FR01&ifIndex=5&dlci=999")).isEmpty();
    }

    @Test
    void anAtmVpiVciResolvesToItsPvc() {
        assertThat(circuits("ne=TJ-HX-ATM01&ifIndex=12&vpi=1&vci=101")).containsExactly("TJ-ATM-000502");
        assertThat(circuits("ne=HX-ATM-7670-01&ifName=ATM1/1/0")).containsExactlyInAnyOrder("TJ-ATM-000501",
                "TJ-ATM-000502");
    }

    @Test
    void anMplsVpnSiteResolvesByVrfOrPeCeInterface() {
        assertThat(circuits("ne=TJ-BH-PE01&vrf=VPN_BOC_TJ")).containsExactly("TJ-MPLS-000202");
        assertThat(circuits("ne=BH-M6000-01&ifName=gei-0/1/0/3")).containsExactly("TJ-MPLS-000102");
        assertThat(circuits("ne=10.10.255.1&ifIndex=17")).containsExactly("TJ-MPLS-000101");
    }

    @Test
    void aDdnLineResolvesByE1AndTimeslot() {
        assertThat(circuits("ne=TJ-NK-DDN01&e1Line=E1-1/2&timeslot=3")).containsExactly("TJ-DDN-000125");
        assertThat(circuits("ne=TJ-NK-DDN01&ifIndex=102"))
                .containsExactlyInAnyOrder("TJ-DDN-000124", "TJ-DDN-000125", "TJ-DDN-000126");
        assertThat(circuits("ne=TJ-NK-DDN01")).hasSize(4);
    }

    @Test
    void theAnswerNamesTheCustomerTierAndAccountManager() {
        JsonNode circuit = admin().get("/api/v1/resolve?ne=TJ-HP-PE01&ifIndex=17").json().at("/circuits/0");

        assertThat(circuit.get("customerName").asText()).isEqualTo("天津港（集团）有限公司");
        assertThat(circuit.get("tier").asText()).isEqualTo("AAA");
        assertThat(circuit.at("/accountManager/name").asText()).isEqualTo("赵丽");
        assertThat(circuit.at("/accountManager/mobile").asText()).isEqualTo("13802000041");
    }

    @Test
    void anUnknownElementIsNotFoundAndAMissingOneIsABadRequest() {
        assertThat(admin().get("/api/v1/resolve?ne=NO-SUCH-NE").status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/resolve?ifIndex=5").status()).isEqualTo(400);
    }

    @Test
    void aCeasedCircuitLeavesTheIndexOnceTheChangeCommits() {
        String p = unique("R");
        admin().postCsv("/api/v1/import/circuits", """
                circuit_id,customer_code,type,status,a_ne,a_if_index,dlci
                %s,TJ-C0004,FR,IN_SERVICE,TJ-NK-FR02,77,700
                """.formatted(p));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                resolver.resolve(ResolveQuery.atInterface("TJ-NK-FR02", 77)).size() == 1);

        assertThat(admin().delete("/api/v1/circuits/" + p).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                resolver.resolve(ResolveQuery.atInterface("TJ-NK-FR02", 77)).isEmpty());
    }
}
