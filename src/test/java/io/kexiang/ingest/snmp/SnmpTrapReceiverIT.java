package io.kexiang.ingest.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Real SNMP packets from net-snmp's snmptrap over UDP to the running receiver, found again in the archive. */
class SnmpTrapReceiverIT extends ApplicationIT {

    private static final String LINK_DOWN = "1.3.6.1.6.3.1.1.5.3";

    @Autowired
    SnmpTrapReceiver receiver;

    @Autowired
    JdbcTemplate jdbc;

    private int ifIndex;

    @BeforeEach
    void aFreshInterface() {
        ifIndex = ThreadLocalRandom.current().nextInt(10_000, 2_000_000);
    }

    private void snmptrap(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("snmptrap"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as(output).isZero();
    }

    private String target() {
        return "127.0.0.1:" + receiver.port();
    }

    /** The archived event that carries this test's ifIndex. */
    private JsonNode archived(String query) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            Response response = admin().get("/api/v1/events?source=127.0.0.1&limit=50&" + query);
            for (JsonNode event : response.json()) {
                String decoded = event.get("decoded").toString();
                if (decoded.contains("." + ifIndex + "\"") || decoded.contains("." + ifIndex + ".")) {
                    found[0] = event;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static JsonNode varbind(JsonNode event, String name) {
        for (JsonNode varbind : event.at("/decoded/varbinds")) {
            if (name.equals(varbind.path("name").asText())) {
                return varbind;
            }
        }
        throw new AssertionError("no varbind " + name + " in " + event);
    }

    @Test
    void aV2cLinkDownIsArchivedWithMibNamesAndItsRawBytes() throws Exception {
        snmptrap("-v", "2c", "-c", "public", target(), "", LINK_DOWN,
                "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex),
                "1.3.6.1.2.1.2.2.1.8." + ifIndex, "i", "2",
                "1.3.6.1.2.1.2.2.1.2." + ifIndex, "s", "Serial1/0/0 天津港专线");

        JsonNode event = archived("notification=IF-MIB::linkDown");

        assertThat(event.get("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(event.get("snmpVersion").asText()).isEqualTo("v2c");
        assertThat(varbind(event, "ifOperStatus." + ifIndex).get("label").asText()).isEqualTo("down");
        assertThat(varbind(event, "ifDescr." + ifIndex).get("value").asText()).isEqualTo("Serial1/0/0 天津港专线");
        assertThat(event.get("rawHex").asText()).startsWith("30");
        assertThat(event.at("/normalised/family").asText()).isEqualTo("interface");
        assertThat(event.at("/normalised/perceivedSeverity").asText()).isEqualTo("major");
        assertThat(event.at("/normalised/resource/ifIndex").asInt()).isEqualTo(ifIndex);
    }

    @Test
    void aDlciStatusChangeIsNormalisedToItsPvcAndItsStateToTheSeverity() throws Exception {
        String frCircuitState = "1.3.6.1.2.1.10.32.2.1.3." + ifIndex + ".101";
        snmptrap("-v", "2c", "-c", "public", target(), "", "1.3.6.1.2.1.10.32.0.1", frCircuitState, "i", "3");

        JsonNode event = archived("notification=FRAME-RELAY-DTE-MIB::frDLCIStatusChange");

        assertThat(varbind(event, "frCircuitState." + ifIndex + ".101").get("label").asText()).isEqualTo("inactive");
        assertThat(event.at("/normalised/resource/dlci").asInt()).isEqualTo(101);
        assertThat(event.at("/normalised/resource/ifIndex").asInt()).isEqualTo(ifIndex);
        assertThat(event.at("/normalised/perceivedSeverity").asText()).isEqualTo("major");
    }

    @Test
    void aTrapOverTcpIsArchivedLikeOneOverUdp() throws Exception {
        assertThat(receiver.tcpPort()).isPositive();

        snmptrap("-v", "2c", "-c", "public", "tcp:127.0.0.1:" + receiver.tcpPort(), "", LINK_DOWN,
                "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex));

        JsonNode event = archived("notification=IF-MIB::linkDown");
        assertThat(event.get("transport").asText()).isEqualTo("tcp");
        assertThat(event.get("outcome").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aV1TrapBecomesItsV2FormAndIsLinkedToTheAgentsNetworkElement() throws Exception {
        demoInventory();
        await().atMost(Duration.ofSeconds(10)).until(() -> admin().get("/api/v1/resolve?ne=10.30.1.1").status() == 200);

        snmptrap("-v", "1", "-c", "public", target(), "1.3.6.1.4.1.2011", "10.30.1.1", "2", "0", "",
                "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex));

        JsonNode event = archived("notification=IF-MIB::linkDown");
        assertThat(event.get("snmpVersion").asText()).isEqualTo("v1");
        assertThat(event.get("trapOid").asText()).isEqualTo(LINK_DOWN);
        assertThat(event.get("networkElement").asText()).isEqualTo("TJ-HX-FR01");
        assertThat(event.at("/decoded/agentAddress").asText()).isEqualTo("10.30.1.1");
        assertThat(varbind(event, "snmpTrapOID").get("value").asText()).isEqualTo(LINK_DOWN);
    }

    @Test
    void anUnknownCommunityIsRejectedArchivedAndNeverAccepted() throws Exception {
        snmptrap("-v", "2c", "-c", "guess-me", target(), "", LINK_DOWN,
                "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex));

        JsonNode event = archived("outcome=REJECTED");

        assertThat(event.get("reason").asText()).isEqualTo("unknown community");
        assertThat(event.get("notification").asText()).isEqualTo("IF-MIB::linkDown");
        JsonNode tally = null;
        for (JsonNode t : admin().get("/api/v1/ingest/refusals").json()) {
            if (t.get("source").asText().equals("127.0.0.1") && t.get("reason").asText().equals("unknown community")) {
                tally = t;
            }
        }
        assertThat(tally).isNotNull();
        assertThat(tally.get("count").asLong()).isPositive();
    }

    @Test
    void tenThousandMalformedPacketsAreArchivedAsUndecodableAndTheReceiverKeepsWorking() throws Exception {
        long before = total("outcome=UNDECODABLE&source=127.0.0.1");
        Random random = new Random(7);
        byte[] valid = validTrap();
        try (DatagramSocket socket = new DatagramSocket()) {
            InetAddress localhost = InetAddress.getByName("127.0.0.1");
            for (int burst = 1; burst <= 10; burst++) {
                for (int i = 0; i < 1000; i++) {
                    byte[] packet = malformed(random, valid, i);
                    socket.send(new DatagramPacket(packet, packet.length, localhost, receiver.port()));
                }
                long expected = before + burst * 1000L;
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> total("outcome=UNDECODABLE&source=127.0.0.1") >= expected);
            }
        }

        snmptrap("-v", "2c", "-c", "public", target(), "", LINK_DOWN,
                "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex));
        assertThat(archived("outcome=ACCEPTED").get("notification").asText()).isEqualTo("IF-MIB::linkDown");
        assertThat(total("outcome=UNDECODABLE&source=127.0.0.1")).isEqualTo(before + 10_000);
    }

    @Test
    void v3TrapsAreAcceptedWithAuthPrivSha256Aes128AndWithAuthNoPriv() throws Exception {
        snmptrap("-v", "3", "-u", "kxpriv", "-l", "authPriv", "-a", "SHA-256", "-A", "kexiang-auth-test", "-x",
                "AES", "-X", "kexiang-priv-test", "-e", "0x80001f8804746a2d6e652d3031", target(), "", LINK_DOWN,
                "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex));
        JsonNode authPriv = archived("outcome=ACCEPTED");

        ifIndex++;
        snmptrap("-v", "3", "-u", "kxauth", "-l", "authNoPriv", "-a", "SHA", "-A", "kexiang-auth-only", "-e",
                "0x80001f8804746a2d6e652d3032", target(), "", LINK_DOWN,
                "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex));
        JsonNode authNoPriv = archived("outcome=ACCEPTED");

        assertThat(authPriv.get("snmpVersion").asText()).isEqualTo("v3");
        assertThat(authPriv.get("notification").asText()).isEqualTo("IF-MIB::linkDown");
        assertThat(authNoPriv.get("snmpVersion").asText()).isEqualTo("v3");
    }

    @Test
    void aV3UserAddedThroughTheApiIsAcceptedAtOnceAndItsPassphrasesNeverComeBack() throws Exception {
        String user = unique("kxapi");
        Response added = admin().put("/api/v1/snmp-users/" + user, """
                {"authProtocol":"SHA512","authPassphrase":"api-auth-pass-1","privProtocol":"AES128",
                 "privPassphrase":"api-priv-pass-1"}""");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String[] v3 = {"-v", "3", "-u", user, "-l", "authPriv", "-a", "SHA-512", "-A", "api-auth-pass-1", "-x",
            "AES", "-X", "api-priv-pass-1", "-e", "0x80001f8804746a2d6e652d3034", target(), "", LINK_DOWN,
            "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex)};

        snmptrap(v3);
        assertThat(archived("outcome=ACCEPTED").get("snmpVersion").asText()).isEqualTo("v3");

        Response listed = admin().get("/api/v1/snmp-users");
        assertThat(listed.body()).contains(user, "\"source\":\"api\"", "\"source\":\"configuration\"")
                .doesNotContain("api-auth-pass-1").doesNotContain("api-priv-pass-1");
        byte[] stored = jdbc.queryForObject("select auth_secret from snmp_user where name = ?", byte[].class, user);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("api-auth");
        assertThat(admin().put("/api/v1/snmp-users/" + user + "x", """
                {"authProtocol":"SHA","authPassphrase":"short"}""").status()).isEqualTo(400);
        assertThat(admin().put("/api/v1/snmp-users/kxpriv", """
                {"authProtocol":"SHA","authPassphrase":"long-enough-1"}""").status()).isEqualTo(409);

        assertThat(admin().delete("/api/v1/snmp-users/" + user).status()).isEqualTo(204);
        long before = total("outcome=REJECTED&source=127.0.0.1");
        snmptrap(v3);
        await().atMost(Duration.ofSeconds(15)).until(() -> total("outcome=REJECTED&source=127.0.0.1") > before);
    }

    @Test
    void aV3TrapWithTheWrongPasswordIsRejectedWithTheReason() throws Exception {
        long before = total("outcome=REJECTED&source=127.0.0.1");

        snmptrap("-v", "3", "-u", "kxpriv", "-l", "authPriv", "-a", "SHA-256", "-A", "not-the-password", "-x",
                "AES", "-X", "kexiang-priv-test", "-e", "0x80001f8804746a2d6e652d3033", target(), "", LINK_DOWN,
                "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex));

        await().atMost(Duration.ofSeconds(15)).until(() -> total("outcome=REJECTED&source=127.0.0.1") > before);
        JsonNode rejected = admin().get("/api/v1/events?outcome=REJECTED&source=127.0.0.1&limit=1").json().get(0);
        assertThat(rejected.get("reason").asText()).contains("wrong SNMPv3 authentication");
        assertThat(rejected.get("rawHex").asText()).isNotEmpty();
    }

    @Test
    void aV3TrapWithTheWrongPrivacyPassphraseIsRejectedAsADecryptionFailureOfSnmpV3() throws Exception {
        long before = total("outcome=REJECTED&source=127.0.0.1");

        snmptrap("-v", "3", "-u", "kxpriv", "-l", "authPriv", "-a", "SHA-256", "-A", "kexiang-auth-test", "-x",
                "AES", "-X", "not-the-privacy-phrase", "-e", "0x80001f8804746a2d6e652d3035", target(), "",
                LINK_DOWN, "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex));

        await().atMost(Duration.ofSeconds(15)).until(() -> total("outcome=REJECTED&source=127.0.0.1") > before);
        JsonNode rejected = admin().get("/api/v1/events?outcome=REJECTED&source=127.0.0.1&limit=1").json().get(0);
        assertThat(rejected.get("reason").asText()).contains("decryption failed").doesNotContain("malformed");
        assertThat(rejected.get("snmpVersion").asText()).isEqualTo("v3");
    }

    @Test
    void anInformsEngineDiscoveryIsArchivedAsDiscoveryAndIsNoRefusal() throws Exception {
        long rejectedBefore = total("outcome=REJECTED&source=127.0.0.1");
        long discoveryBefore = total("outcome=DISCOVERY&source=127.0.0.1");

        snmpinform("-v", "3", "-u", "kxpriv", "-l", "authPriv", "-a", "SHA-256", "-A", "kexiang-auth-test", "-x",
                "AES", "-X", "kexiang-priv-test", target(), "", LINK_DOWN,
                "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex));

        assertThat(total("outcome=DISCOVERY&source=127.0.0.1")).isGreaterThan(discoveryBefore);
        assertThat(total("outcome=REJECTED&source=127.0.0.1")).isEqualTo(rejectedBefore);
        assertThat(admin().get("/api/v1/ingest/refusals").body()).doesNotContain("discovery")
                .doesNotContain("synchronisation");
    }

    @Test
    void anInformIsAnsweredOnlyOnceItsEventIsInTheArchive() throws Exception {
        snmpinform("-v", "2c", "-c", "public", target(), "", LINK_DOWN,
                "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex));
        assertThat(storedNow("INFORM")).isTrue();

        ifIndex++;
        snmpinform("-v", "3", "-u", "kxpriv", "-l", "authPriv", "-a", "SHA-256", "-A", "kexiang-auth-test", "-x",
                "AES", "-X", "kexiang-priv-test", target(), "", LINK_DOWN,
                "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex));
        assertThat(storedNow("INFORM")).isTrue();
    }

    /** snmpinform exits 0 only when the receiver answered. */
    private void snmpinform(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("snmpinform", "-r", "0", "-t", "10"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as("snmpinform got no answer: " + output).isZero();
    }

    /** Without waiting: the archive already holds the event when the sender has its answer. */
    private boolean storedNow(String pduType) {
        for (JsonNode event : admin().get("/api/v1/events?source=127.0.0.1&outcome=ACCEPTED&limit=20").json()) {
            if (event.get("pduType").asText().equals(pduType)
                    && event.get("decoded").toString().contains("." + ifIndex + "\"")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aSenderThatIsNoNetworkElementIsRefusedUntilItIsRegistered() throws Exception {
        String sender = "127.0.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 250),
                ThreadLocalRandom.current().nextInt(2, 250));
        trapFrom(sender);
        JsonNode refused = archivedFrom(sender, "REJECTED");
        assertThat(refused.get("reason").asText()).isEqualTo("unknown source");

        String element = unique("LO-NE-");
        assertThat(admin().post("/api/v1/network-elements", """
                {"name":"%s","mgmtIps":["%s"],"role":"CE"}""".formatted(element, sender)).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> admin().get("/api/v1/resolve?ne=" + sender).status() == 200);
        trapFrom(sender);

        JsonNode accepted = archivedFrom(sender, "ACCEPTED");
        assertThat(accepted.get("networkElement").asText()).isEqualTo(element);
    }

    @Test
    void anElementWithCommunitiesOfItsOwnIsHeldToThemAndTheyAreNeverShown() throws Exception {
        String sender = "127.0.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 250),
                ThreadLocalRandom.current().nextInt(2, 250));
        String element = unique("OWN-COMM-");
        assertThat(admin().post("/api/v1/network-elements", """
                {"name":"%s","mgmtIps":["%s"],"role":"CE","trapCommunities":["tj-secret-9"]}"""
                .formatted(element, sender)).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> admin().get("/api/v1/resolve?ne=" + sender).status() == 200);

        trapFrom(sender, "public");
        JsonNode refused = archivedFrom(sender, "REJECTED");
        trapFrom(sender, "tj-secret-9");
        archivedFrom(sender, "ACCEPTED");

        assertThat(refused.get("reason").asText()).isEqualTo("unknown community");
        JsonNode shown = admin().get("/api/v1/network-elements/" + element).json();
        assertThat(shown.get("trapCommunities").get(0).asText()).isEqualTo("tj***");
        assertThat(admin().get("/api/v1/audit?entityKey=" + element).body()).contains(element)
                .doesNotContain("tj-secret-9");
        assertThat(admin().post("/api/v1/network-elements", """
                {"name":"%s","mgmtIps":["10.0.0.1"],"role":"CE","trapCommunities":["has space"]}"""
                .formatted(unique("BAD-"))).status()).isEqualTo(400);
    }

    @Test
    void aReplayLinksAnArchivedTrapToAnElementRegisteredSinceItArrived() throws Exception {
        String origin = "10.%d.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 250),
                ThreadLocalRandom.current().nextInt(1, 250), ThreadLocalRandom.current().nextInt(1, 250));
        Instant before = Instant.now().minusSeconds(5);
        snmptrap("-v", "2c", "-c", "public", target(), "", LINK_DOWN, "1.3.6.1.6.3.18.1.3.0", "a", origin,
                "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex));
        assertThat(archived("outcome=ACCEPTED").path("networkElement").isNull()).isTrue();

        String element = unique("PROXIED-");
        admin().post("/api/v1/network-elements", """
                {"name":"%s","mgmtIps":["%s"],"role":"PE"}""".formatted(element, origin));
        await().atMost(Duration.ofSeconds(10)).until(() -> admin().get("/api/v1/resolve?ne=" + origin).status() == 200);
        Response replayed = admin().post("/api/v1/events/replay?source=127.0.0.1&from=" + before, "");

        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().get("replayed").asInt()).isPositive();
        JsonNode event = archived("outcome=ACCEPTED");
        assertThat(event.get("networkElement").asText()).isEqualTo(element);
        assertThat(event.at("/decoded/agentAddress").asText()).isEqualTo(origin);
        assertThat(event.at("/normalised/perceivedSeverity").asText()).isEqualTo("major");
    }

    /** A v2c linkDown sent with SNMP4J from a socket bound to another loopback address. */
    private void trapFrom(String address) throws IOException {
        trapFrom(address, "public");
    }

    private void trapFrom(String address, String community) throws IOException {
        try (Snmp snmp = new Snmp(new DefaultUdpTransportMapping(new UdpAddress(address + "/0")))) {
            CommunityTarget<UdpAddress> target = new CommunityTarget<>(
                    new UdpAddress("127.0.0.1/" + receiver.port()), new OctetString(community));
            target.setVersion(SnmpConstants.version2c);
            PDU pdu = new PDU();
            pdu.setType(PDU.TRAP);
            pdu.add(new VariableBinding(SnmpConstants.sysUpTime, new TimeTicks(0)));
            pdu.add(new VariableBinding(SnmpConstants.snmpTrapOID, new OID(LINK_DOWN)));
            pdu.add(new VariableBinding(new OID("1.3.6.1.2.1.2.2.1.1." + ifIndex), new Integer32(ifIndex)));
            snmp.send(pdu, target);
        }
    }

    private JsonNode archivedFrom(String source, String outcome) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            JsonNode events = admin().get("/api/v1/events?source=" + source + "&outcome=" + outcome).json();
            found[0] = events.size() > 0 ? events.get(0) : null;
            return found[0] != null;
        });
        return found[0];
    }

    private long total(String query) {
        return Long.parseLong(admin().get("/api/v1/events?limit=1&" + query).header("X-Total-Count"));
    }

    /** A well-formed v2c trap, captured as bytes, to cut and corrupt. */
    private static byte[] validTrap() {
        return java.util.HexFormat.of().parseHex("3029020101040670756260696ca71c020101020100020100301130"
                + "0f06082b06010201010300430100");
    }

    private static byte[] malformed(Random random, byte[] valid, int i) {
        return switch (i % 3) {
            case 0 -> java.util.Arrays.copyOf(valid, 1 + random.nextInt(valid.length - 2));
            case 1 -> {
                byte[] wrongLength = valid.clone();
                wrongLength[1] = (byte) (0x7F - random.nextInt(8));
                yield wrongLength;
            }
            default -> {
                byte[] garbage = new byte[1 + random.nextInt(200)];
                random.nextBytes(garbage);
                garbage[0] = (byte) (garbage[0] == 0x30 ? 0x31 : garbage[0]);
                yield garbage;
            }
        };
    }
}
