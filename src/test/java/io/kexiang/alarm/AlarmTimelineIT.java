package io.kexiang.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.ingest.TrapPorts;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.TestSite;
import io.kexiang.support.TrapSender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Timelines of real traps over UDP into the running application and its PostgreSQL, read back through TMF642:
 * what a NOC engineer sees after each step.
 */
class AlarmTimelineIT extends ApplicationIT {

    private static final String ALARMS = "/tmf-api/alarmManagement/v4/alarm";

    @Autowired
    TrapPorts ports;

    private TrapSender traps;

    @BeforeEach
    void aSender() {
        demoInventory();
        traps = new TrapSender(ports.udpPort());
    }

    @AfterEach
    void closeSender() {
        traps.close();
    }

    private JsonNode alarmsOf(TestSite site, Predicate<JsonNode> until) {
        JsonNode[] alarms = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            alarms[0] = admin().get(ALARMS + "?networkElement=" + site.element + "&limit=1000").json();
            return until.test(alarms[0]);
        });
        return alarms[0];
    }

    private static List<String> ids(JsonNode refs, String attribute) {
        List<String> ids = new ArrayList<>();
        refs.forEach(ref -> ids.add(ref.get(attribute).asText()));
        return ids;
    }

    @Test
    void aLinkDownOnADdnCircuitIsOneAlarmOfItsCustomerRepeatsCountAndLinkUpClearsIt() {
        TestSite site = TestSite.create(admin(), "DDN_NODE", "10.1.1.1");
        String customer = site.customer("A");
        String circuit = "DDN-" + site.element;
        site.circuits(site.ddn(circuit, customer, 5, "E1-0/5"), site.ddn(circuit + "-B", customer, 6, "E1-0/6"));

        traps.linkDown(site.address, 5);
        JsonNode alarm = alarmsOf(site, alarms -> alarms.size() == 1).get(0);

        assertThat(ids(alarm.get("affectedService"), "id")).containsExactly(circuit);
        assertThat(ids(alarm.get("customer"), "customerCode")).containsExactly(customer);
        assertThat(ids(alarm.get("accountManager"), "employeeId")).containsExactly("am001");
        assertThat(alarm.get("state").asText()).isEqualTo("raised");
        assertThat(alarm.get("perceivedSeverity").asText()).isEqualTo("major");
        assertThat(alarm.get("probableCause").asText()).isEqualTo("lossOfSignal");
        assertThat(alarm.get("alarmedObject").get("id").asText()).isEqualTo(site.element + "/ifIndex=5");
        assertThat(alarm.get("serviceAffecting").asBoolean()).isTrue();

        for (int i = 0; i < 99; i++) {
            traps.linkDown(site.address, 5);
        }
        JsonNode repeated = alarmsOf(site, alarms -> alarms.get(0).get("occurrenceCount").asInt() == 100);
        assertThat(repeated).hasSize(1);
        assertThat(repeated.get(0).get("id").asLong()).isEqualTo(alarm.get("id").asLong());

        traps.linkUp(site.address, 5);
        JsonNode cleared = alarmsOf(site, alarms -> alarms.get(0).get("state").asText().equals("cleared")).get(0);
        assertThat(cleared.get("perceivedSeverity").asText()).isEqualTo("cleared");
        assertThat(cleared.get("alarmClearedTime").asText()).isNotBlank();
        JsonNode events = admin().get("/api/v1/alarms/" + alarm.get("id").asText() + "/events").json();
        assertThat(events).hasSize(101);
        assertThat(events.get(0).get("notification").asText()).as("the newest, read from the archive")
                .isEqualTo("IF-MIB::linkUp");
        assertThat(events.get(100).get("notification").asText()).isEqualTo("IF-MIB::linkDown");
        assertThat(events.get(100).get("sourceAddress").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void aFrameRelayDlciDownLinksTheCircuitOfThatDlciAndNoOther() {
        TestSite site = TestSite.create(admin(), "FR_SWITCH");
        String customer = site.customer("A");
        String hit = "FR102-" + site.element;
        site.circuits(site.frameRelay(hit, customer, 3, 102), site.frameRelay("FR103-" + site.element, customer, 3,
                103), site.frameRelay("FR102B-" + site.element, customer, 4, 102));

        traps.send(site.address, TrapSender.FR_DLCI_STATUS_CHANGE, TrapSender.FR_CIRCUIT_STATE + ".3.102", 3);
        JsonNode alarm = alarmsOf(site, alarms -> alarms.size() == 1).get(0);

        assertThat(ids(alarm.get("affectedService"), "id")).containsExactly(hit);
        assertThat(alarm.get("alarmedObjectType").asText()).isEqualTo("FrameRelayPvc");
        String ticket = assertAFaultOfItsCustomer(alarm, customer, 1);

        traps.send(site.address, TrapSender.FR_DLCI_STATUS_CHANGE, TrapSender.FR_CIRCUIT_STATE + ".3.102", 2);
        alarmsOf(site, alarms -> alarms.get(0).get("state").asText().equals("cleared"));
        await().atMost(Duration.ofSeconds(10)).until(() -> admin().get("/api/v1/tickets/" + ticket + "/journal")
                .json().findValuesAsText("action").contains("alarmCleared"));
    }

    /**
     * What a linked alarm means beyond its circuits: the customer and account manager it reaches, service affected,
     * a journal that says how many circuits it hit, and, after the hold-off, a ticket of that customer that lists
     * it. Returns the ticket's id.
     */
    private String assertAFaultOfItsCustomer(JsonNode alarm, String customer, int circuits) {
        String alarmId = alarm.get("id").asText();
        assertThat(ids(alarm.get("customer"), "customerCode")).containsExactly(customer);
        assertThat(ids(alarm.get("accountManager"), "employeeId")).containsExactly("am001");
        assertThat(alarm.get("serviceAffecting").asBoolean()).isTrue();
        JsonNode raised = admin().get("/api/v1/alarms/" + alarmId + "/journal").json().get(0);
        assertThat(raised.get("action").asText()).isEqualTo("raised");
        assertThat(raised.at("/detail/circuits").asInt()).isEqualTo(circuits);
        JsonNode[] tickets = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            tickets[0] = admin().get("/tmf-api/troubleTicket/v4/troubleTicket?alarm=" + alarmId).json();
            return tickets[0].size() == 1;
        });
        assertThat(tickets[0].get(0).get("relatedParty").findValuesAsText("id")).contains(customer);
        return tickets[0].get(0).get("id").asText();
    }

    @Test
    void anAtmPvcFailureLinksTheCircuitOfThatVpiVci() {
        TestSite site = TestSite.create(admin(), "ATM_SWITCH");
        String customer = site.customer("A");
        String hit = "ATM1-100-" + site.element;
        site.circuits(site.atm(hit, customer, 12, 1, 100), site.atm("ATM1-101-" + site.element, customer, 12, 1,
                101));

        traps.send(site.address, TrapSender.ATM_PVC_FAILURES, TrapSender.IF_INDEX + ".12", 12,
                TrapSender.ATM_FAILING_PVCL + ".12.1.100", 0);
        JsonNode alarm = alarmsOf(site, alarms -> alarms.size() == 1).get(0);

        assertThat(ids(alarm.get("affectedService"), "id")).containsExactly(hit);
        assertThat(alarm.get("alarmedObject").get("id").asText()).endsWith("/ifIndex=12/pvc=1.100");
        assertAFaultOfItsCustomer(alarm, customer, 1);
    }

    @Test
    void aVrfDownLinksEveryCircuitOfThatVrf() {
        TestSite site = TestSite.create(admin(), "PE");
        String customer = site.customer("AA");
        String other = site.customer("AA");
        String vrf = "VPN_" + site.element.replace('-', '_');
        site.circuits(site.mplsVpn("VPN17-" + site.element, customer, 17, vrf),
                site.mplsVpn("VPN18-" + site.element, customer, 18, vrf),
                site.mplsVpn("VPN19-" + site.element, other, 19, vrf + "_OTHER"));

        traps.send(site.address, TrapSender.VRF_DOWN,
                TrapSender.VRF_OPER_STATUS + "." + TrapSender.stringIndex(vrf), 2);
        JsonNode alarm = alarmsOf(site, alarms -> alarms.size() == 1).get(0);

        assertThat(ids(alarm.get("affectedService"), "id")).containsExactlyInAnyOrder("VPN17-" + site.element,
                "VPN18-" + site.element);
        assertAFaultOfItsCustomer(alarm, customer, 2);
        assertThat(admin().get("/tmf-api/troubleTicket/v4/troubleTicket?customer=" + other).json())
                .as("the other VRF's customer has no fault").isEmpty();
    }

    @Test
    void aHuaweiNmsAlarmFindsItsElementByTheNmsNameAndItsClearBySerialNumber() {
        String nmsName = "NE(9-" + System.nanoTime() % 100_000 + ")";
        TestSite site = TestSite.managed(admin(), "PE", nmsName);
        String customer = site.customer("A");
        site.circuits(site.ddn("NMS-" + site.element, customer, 7, "E1-7"));
        String serial = String.valueOf(System.nanoTime() % 1_000_000_000);

        nmsAlarm(nmsName, serial, 2, "R_LOS");
        JsonNode raised = alarmsOf(site, alarms -> alarms.size() == 1).get(0);
        nmsAlarm(nmsName, serial, 6, "R_LOS");
        JsonNode cleared = alarmsOf(site, alarms -> alarms.get(0).get("state").asText().equals("cleared")).get(0);
        nmsAlarm(nmsName, serial + "1", 1, "NE_COMMU_BREAK");
        JsonNode root = alarmsOf(site, alarms -> alarms.size() == 2).get(0);

        assertThat(raised.get("externalAlarmId").asText()).isEqualTo(serial);
        assertThat(raised.get("perceivedSeverity").asText()).isEqualTo("major");
        assertThat(raised.get("sourceSystemId").asText()).isEqualTo("127.0.0.1");
        assertThat(cleared.get("id").asLong()).isEqualTo(raised.get("id").asLong());
        assertThat(root.get("isRootCause").asBoolean()).isTrue();
        assertThat(ids(root.get("affectedService"), "id")).containsExactly("NMS-" + site.element);
    }

    private void nmsAlarm(String element, String serial, int level, String cause) {
        String alarm = "1.3.6.1.4.1.2011.2.15.2.4.3.3";
        // Sent on behalf of nothing: the NMS is the sender, and names the element in the alarm itself.
        traps.send("127.0.0.1", alarm + ".0.1", alarm + ".1.0", serial, alarm + ".4.0", element, alarm + ".11.0",
                level, alarm + ".28.0", cause);
    }

    @Test
    void aColdStartAnd48LinkDownsAreOneRootAlarmWith48ChildrenListingEveryCustomerHit() {
        TestSite site = TestSite.create(admin(), "PE");
        List<String> customers = List.of(site.customer("AAA"), site.customer("A"), site.customer("B"));
        List<String> rows = new ArrayList<>();
        for (int ifIndex = 1; ifIndex <= 48; ifIndex++) {
            rows.add(site.ddn("S" + ifIndex + "-" + site.element, customers.get(ifIndex % 3), ifIndex,
                    "E1-" + ifIndex));
        }
        site.circuits(rows.toArray(String[]::new));

        traps.send(site.address, TrapSender.COLD_START);
        for (int ifIndex = 1; ifIndex <= 48; ifIndex++) {
            traps.linkDown(site.address, ifIndex);
        }
        JsonNode alarms = alarmsOf(site, all -> all.size() == 49);

        JsonNode root = null;
        List<JsonNode> children = new ArrayList<>();
        for (JsonNode alarm : alarms) {
            if (alarm.get("isRootCause").asBoolean()) {
                root = alarm;
            } else {
                children.add(alarm);
            }
        }
        assertThat(root).isNotNull();
        assertThat(root.get("correlatedAlarm")).hasSize(48);
        assertThat(new TreeSet<>(ids(root.get("customer"), "customerCode"))).containsExactlyElementsOf(
                new TreeSet<>(customers));
        assertThat(children).hasSize(48);
        for (JsonNode child : children) {
            assertThat(child.get("parentAlarm").get(0).get("id").asText()).isEqualTo(root.get("id").asText());
            assertThat(child.get("correlationReason").asText()).contains("same network element " + site.element);
        }
        assertThat(children).filteredOn(child -> child.get("customer").get(0).get("tier").asText().equals("AAA"))
                .allSatisfy(child -> {
                    assertThat(child.get("perceivedSeverity").asText()).isEqualTo("critical");
                    assertThat(child.get("reportedSeverity").asText()).isEqualTo("major");
                }).hasSize(16);
    }

    @Test
    void halfTheInterfacesOfAnElementDownAtOnceIsTheElementsFault() {
        TestSite site = TestSite.create(admin(), "PE");
        String customer = site.customer("AA");
        List<String> rows = new ArrayList<>();
        for (int ifIndex = 1; ifIndex <= 8; ifIndex++) {
            rows.add(site.ddn("H" + ifIndex + "-" + site.element, customer, ifIndex, "E1-" + ifIndex));
        }
        site.circuits(rows.toArray(String[]::new));

        for (int ifIndex = 1; ifIndex <= 3; ifIndex++) {
            traps.linkDown(site.address, ifIndex);
        }
        JsonNode three = alarmsOf(site, all -> all.size() == 3);
        assertThat(three).allSatisfy(alarm -> assertThat(alarm.get("parentAlarm")).isEmpty());

        traps.linkDown(site.address, 4);
        JsonNode alarms = alarmsOf(site, all -> all.size() == 5);
        JsonNode root = null;
        for (JsonNode alarm : alarms) {
            if (alarm.get("isRootCause").asBoolean()) {
                root = alarm;
            }
        }
        assertThat(root).isNotNull();
        assertThat(root.get("specificProblem").asText()).isEqualTo("多端口同时中断");
        assertThat(root.get("alarmDetails").asText()).contains("4 of 8 interfaces down");
        assertThat(root.get("correlatedAlarm")).hasSize(4);
        assertThat(root.get("affectedService")).hasSize(8);
        assertThat(alarms).filteredOn(alarm -> !alarm.get("isRootCause").asBoolean()).allSatisfy(child ->
                assertThat(child.get("correlationReason").asText()).contains("4 of 8 interfaces of " + site.element));

        // The storm passes: the root follows its children's count and clears with the last of them.
        String rootId = root.get("id").asText();
        traps.linkUp(site.address, 1);
        JsonNode fewer = alarmsOf(site, all -> rootOf(all, rootId).get("alarmDetails").asText()
                .contains("3 of 8 interfaces down"));
        assertThat(rootOf(fewer, rootId).get("state").asText()).isNotEqualTo("cleared");
        for (int ifIndex = 2; ifIndex <= 4; ifIndex++) {
            traps.linkUp(site.address, ifIndex);
        }
        alarmsOf(site, all -> rootOf(all, rootId).get("state").asText().equals("cleared"));

        // A new storm on the element is a new root, not more of the old one.
        for (int ifIndex = 5; ifIndex <= 8; ifIndex++) {
            traps.linkDown(site.address, ifIndex);
        }
        JsonNode again = alarmsOf(site, all -> count(all, alarm -> alarm.get("isRootCause").asBoolean()) == 2);
        JsonNode second = null;
        for (JsonNode alarm : again) {
            if (alarm.get("isRootCause").asBoolean() && !alarm.get("id").asText().equals(rootId)) {
                second = alarm;
            }
        }
        assertThat(second.get("state").asText()).isEqualTo("raised");
        assertThat(second.get("correlatedAlarm")).hasSize(4);
    }

    private static JsonNode rootOf(JsonNode alarms, String id) {
        for (JsonNode alarm : alarms) {
            if (alarm.get("id").asText().equals(id)) {
                return alarm;
            }
        }
        throw new AssertionError("no alarm " + id);
    }

    private static long count(JsonNode alarms, Predicate<JsonNode> which) {
        long n = 0;
        for (JsonNode alarm : alarms) {
            n += which.test(alarm) ? 1 : 0;
        }
        return n;
    }

    @Test
    void aFaultBackAfterItsClearIsANewAlarmUntilItKeepsBouncingThenItIsOneFlappingAlarm() {
        TestSite site = TestSite.create(admin(), "CE");
        traps.linkUp(site.address, 9);
        traps.linkDown(site.address, 9);
        traps.linkUp(site.address, 9);
        traps.linkDown(site.address, 9);
        JsonNode returned = alarmsOf(site, alarms -> alarms.size() == 2);
        assertThat(returned.get(0).get("state").asText()).as("the fault is back: a new alarm").isEqualTo("raised");
        assertThat(returned.get(1).get("state").asText()).isEqualTo("cleared");
        assertThat(returned.get(0).get("flapCycles").asInt()).isEqualTo(1);

        for (int cycle = 0; cycle < 3; cycle++) {
            traps.linkUp(site.address, 9);
            traps.linkDown(site.address, 9);
        }

        JsonNode alarms = alarmsOf(site, all -> all.get(0).get("flapCycles").asInt() == 4);
        assertThat(alarms).as("the clear before any raise made none; two cycles made two more").hasSize(3);
        JsonNode flapping = alarms.get(0);
        assertThat(flapping.get("flapping").asBoolean()).isTrue();
        assertThat(flapping.get("state").asText()).isEqualTo("raised");
        assertThat(flapping.get("occurrenceCount").asInt()).isEqualTo(3);
        assertThat(flapping.get("serviceAffecting").asBoolean()).as("no circuit on this CE").isFalse();
        List<String> journal = new ArrayList<>();
        admin().get("/api/v1/alarms/" + flapping.get("id").asText() + "/journal").json()
                .forEach(entry -> journal.add(entry.get("action").asText()));
        assertThat(journal).containsExactly("raised", "cleared", "flapping", "cleared", "reopened");
    }
}
