package io.kexiang.ingest.normalise;

import io.kexiang.ingest.RuleFiles;
import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.ingest.NormalisedEvent;
import io.kexiang.ingest.PerceivedSeverity;
import io.kexiang.ingest.received.NamedVarbind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped rule files, replaying notifications as the receiver decodes them from captured traps. */
class NormaliserTests {

    /** The inventory as the normaliser sees it: the element's address and its NMS's name for it. */
    private static final Map<String, String> INVENTORY = Map.of("10.30.1.1", "TJ-HX-FR01",
            "NE-1018-FR01", "TJ-HX-FR01");

    private final Normaliser rules = new Normaliser(Path.of("rules"), ZoneId.of("Asia/Shanghai"));

    private static NamedVarbind varbind(String object, String index, String value, String label) {
        return new NamedVarbind("1.3.6", object, "M", index, "INTEGER", value, label);
    }

    private NormalisedEvent normalise(String notification, NamedVarbind... varbinds) {
        return rules.normalise(Instant.EPOCH, "10.30.1.1", "10.30.1.1", INVENTORY::get, notification,
                List.of(varbinds));
    }

    @Test
    void aLinkDownIsAMajorCommunicationsAlarmOnItsInterfaceAndLinkUpClearsIt() {
        NormalisedEvent down = normalise("IF-MIB::linkDown", varbind("ifIndex", "5", "5", null),
                varbind("ifAdminStatus", "5", "1", "up"), varbind("ifOperStatus", "5", "2", "down"),
                varbind("ifDescr", "5", "Serial1/0/0", null));
        NormalisedEvent up = normalise("IF-MIB::linkUp", varbind("ifIndex", "5", "5", null));

        assertThat(down.family()).isEqualTo("interface");
        assertThat(down.eventType()).isEqualTo("communicationsAlarm");
        assertThat(down.severity()).isEqualTo(PerceivedSeverity.MAJOR);
        assertThat(down.resource().ifIndex()).isEqualTo(5);
        assertThat(down.resource().ifName()).isEqualTo("Serial1/0/0");
        assertThat(down.additionalText()).isEqualTo("Serial1/0/0 admin up, oper down");
        assertThat(up.severity()).isEqualTo(PerceivedSeverity.CLEARED);
    }

    @Test
    void whatATrapDoesNotCarryIsLeftOutOfItsText() {
        NormalisedEvent bare = normalise("IF-MIB::linkDown", varbind("ifIndex", "5", "5", null),
                varbind("ifOperStatus", "5", "2", "down"));

        assertThat(bare.additionalText()).isEqualTo("oper down");
    }

    @Test
    void aDlciStatusChangeNamesItsPvcAndActiveClearsIt() {
        NormalisedEvent inactive = normalise("FRAME-RELAY-DTE-MIB::frDLCIStatusChange",
                varbind("frCircuitState", "5.101", "3", "inactive"));
        NormalisedEvent active = normalise("FRAME-RELAY-DTE-MIB::frDLCIStatusChange",
                varbind("frCircuitState", "5.101", "2", "active"));

        assertThat(inactive.resource().ifIndex()).isEqualTo(5);
        assertThat(inactive.resource().dlci()).isEqualTo(101);
        assertThat(inactive.severity()).isEqualTo(PerceivedSeverity.MAJOR);
        assertThat(active.severity()).isEqualTo(PerceivedSeverity.CLEARED);
    }

    @Test
    void aVrfDownReadsTheVrfNameOutOfTheIndex() {
        String vrf = "10.86.80.78.95.66.79.67.95.84.74";
        NormalisedEvent down = normalise("MPLS-L3VPN-STD-MIB::mplsL3VpnVrfDown",
                varbind("mplsL3VpnIfConfRowStatus", vrf + ".34", "1", "active"),
                varbind("mplsL3VpnVrfOperStatus", vrf, "2", "down"));

        assertThat(down.resource().vrf()).isEqualTo("VPN_BOC_TJ");
        assertThat(down.resource().ifIndex()).as("the VRF is down, not one of its interfaces").isNull();
        assertThat(down.severity()).isEqualTo(PerceivedSeverity.MAJOR);
    }

    @Test
    void atmDs1BgpAndRestartsHaveTheirRules() {
        assertThat(normalise("ATM2-MIB::atmIntfPvcFailuresTrap", varbind("ifIndex", "12", "12", null))
                .resource().ifIndex()).isEqualTo(12);
        assertThat(normalise("DS1-MIB::dsx1LineStatusChange", varbind("dsx1LineStatus", "101", "1", null))
                .severity()).isEqualTo(PerceivedSeverity.CLEARED);
        assertThat(normalise("DS1-MIB::dsx1LineStatusChange", varbind("dsx1LineStatus", "101", "2", null))
                .severity()).isEqualTo(PerceivedSeverity.MAJOR);
        assertThat(normalise("BGP4-MIB::bgpBackwardTransition", varbind("bgpPeerState", "10.0.0.2", "1", "idle"))
                .additionalText()).startsWith("BGP peer 10.0.0.2 went back to idle");
        assertThat(normalise("SNMPv2-MIB::coldStart").severity()).isEqualTo(PerceivedSeverity.MAJOR);
    }

    @Test
    void aHuaweiNorthboundAlarmTakesItsLevelCauseAndProblemFromTheNms() {
        NormalisedEvent alarm = normalise(
                "IMAP_NORTHBOUND_MIB-V1::iMAPNorthboundFaultAlarmReportNotificationType",
                varbind("iMAPNorthboundAlarmLevel", "0", "2", "major"),
                varbind("iMAPNorthboundAlarmProbablecause", "0", "R_LOS", null),
                varbind("iMAPNorthboundAlarmSpecificproblems", "0", "输入信号丢失", null),
                varbind("iMAPNorthboundAlarmCSN", "0", "88123", null));
        NormalisedEvent clear = normalise(
                "IMAP_NORTHBOUND_MIB-V1::iMAPNorthboundFaultAlarmReportNotificationType",
                varbind("iMAPNorthboundAlarmLevel", "0", "6", "clear"));

        assertThat(alarm.severity()).isEqualTo(PerceivedSeverity.MAJOR);
        assertThat(alarm.probableCause()).isEqualTo("R_LOS");
        assertThat(alarm.specificProblem()).isEqualTo("输入信号丢失");
        assertThat(alarm.externalAlarmId()).isEqualTo("88123");
        assertThat(normalise("IMAP_NORTHBOUND_MIB-V1::iMAPNorthboundFaultAlarmReportNotificationType",
                varbind("iMAPNorthboundAlarmMOName", "0", "NE-1018-FR01", null)).networkElement())
                .as("the NMS's name of the element, found in the inventory").isEqualTo("TJ-HX-FR01");
        assertThat(clear.severity()).isEqualTo(PerceivedSeverity.CLEARED);
    }

    @Test
    void aRaiseAndItsClearShareAReductionKeyThatTellsPlacesApart() {
        NormalisedEvent down = normalise("IF-MIB::linkDown", varbind("ifIndex", "5", "5", null));
        NormalisedEvent up = normalise("IF-MIB::linkUp", varbind("ifIndex", "5", "5", null));
        NormalisedEvent otherPort = normalise("IF-MIB::linkDown", varbind("ifIndex", "6", "6", null));
        NormalisedEvent dlci101 = normalise("FRAME-RELAY-DTE-MIB::frDLCIStatusChange",
                varbind("frCircuitState", "5.101", "3", "inactive"));
        NormalisedEvent dlci102 = normalise("FRAME-RELAY-DTE-MIB::frDLCIStatusChange",
                varbind("frCircuitState", "5.102", "2", "active"));
        NormalisedEvent peerDown = normalise("BGP4-MIB::bgpBackwardTransition",
                varbind("bgpPeerState", "10.0.0.2", "1", "idle"));
        NormalisedEvent otherPeerUp = normalise("BGP4-MIB::bgpEstablished",
                varbind("bgpPeerState", "10.0.0.3", "6", "established"));
        NormalisedEvent samePeerUp = normalise("BGP4-MIB::bgpEstablished",
                varbind("bgpPeerState", "10.0.0.2", "6", "established"));

        assertThat(down.reductionKey()).isEqualTo(up.reductionKey()).isEqualTo("TJ-HX-FR01|interface|lossOfSignal|if5");
        assertThat(otherPort.reductionKey()).isNotEqualTo(down.reductionKey());
        assertThat(dlci101.reductionKey()).endsWith("|if5/dlci101").isNotEqualTo(dlci102.reductionKey());
        assertThat(samePeerUp.reductionKey()).isEqualTo(peerDown.reductionKey())
                .isNotEqualTo(otherPeerUp.reductionKey());
    }

    @Test
    void anNmsAlarmIsKeyedBySerialNumberAndCarriesItsOwnRaiseTime() {
        NormalisedEvent raise = normalise("IMAP_NORTHBOUND_MIB-V1::iMAPNorthboundFaultAlarmReportNotificationType",
                varbind("iMAPNorthboundAlarmLevel", "0", "2", "major"),
                varbind("iMAPNorthboundAlarmCSN", "0", "88123", null),
                varbind("iMAPNorthboundAlarmOccurTime", "0", "2026-11-25 09:30:00", null));
        NormalisedEvent clear = normalise("IMAP_NORTHBOUND_MIB-V1::iMAPNorthboundFaultAlarmReportNotificationType",
                varbind("iMAPNorthboundAlarmLevel", "0", "6", "clear"),
                varbind("iMAPNorthboundAlarmCSN", "0", "88123", null),
                varbind("iMAPNorthboundAlarmOccurTime", "0", "not a time", null));

        assertThat(raise.reductionKey()).isEqualTo(clear.reductionKey()).isEqualTo("nms|10.30.1.1|88123");
        assertThat(raise.eventTime()).isEqualTo(Instant.parse("2026-11-25T01:30:00Z"));
        assertThat(clear.eventTime()).isEqualTo(clear.receivedTime());
    }

    @Test
    void aColdStartIsTheRootOfItsElementsAlarmsAndALinkDownIsNot() {
        assertThat(normalise("SNMPv2-MIB::coldStart").rootCause()).isTrue();
        assertThat(normalise("IF-MIB::linkDown", varbind("ifIndex", "5", "5", null)).rootCause()).isFalse();
        String nmsAlarm = "IMAP_NORTHBOUND_MIB-V1::iMAPNorthboundFaultAlarmReportNotificationType";
        assertThat(normalise(nmsAlarm, varbind("iMAPNorthboundAlarmProbablecause", "0", "NE_COMMU_BREAK", null))
                .rootCause()).as("the NMS lost the element").isTrue();
        assertThat(normalise(nmsAlarm, varbind("iMAPNorthboundAlarmProbablecause", "0", "R_LOS", null))
                .rootCause()).isFalse();
    }

    @Test
    void anUnknownNotificationIsKeptAsIndeterminate() {
        NormalisedEvent unknown = normalise("1.3.6.1.4.1.99999.0.7");

        assertThat(unknown.severity()).isEqualTo(PerceivedSeverity.INDETERMINATE);
        assertThat(unknown.family()).isNull();
        assertThat(unknown.notification()).isEqualTo("1.3.6.1.4.1.99999.0.7");
    }

    @Test
    void aBrokenRuleFileIsSkippedAndTheOthersApply(@TempDir Path folder) throws IOException {
        Files.copy(Path.of("rules/interface.yaml"), folder.resolve("interface.yaml"));
        Files.writeString(folder.resolve("broken.yaml"), "family: x\nrules:\n  - notification: A::b\n    severity: loud\n");

        Normaliser partial = new Normaliser(folder, ZoneId.of("Asia/Shanghai"));

        assertThat(partial.normalise(Instant.EPOCH, null, null, name -> null, "IF-MIB::linkDown", List.of()).severity())
                .isEqualTo(PerceivedSeverity.MAJOR);
        assertThat(partial.normalise(Instant.EPOCH, null, null, name -> null, "A::b", List.of()).severity())
                .isEqualTo(PerceivedSeverity.INDETERMINATE);
        assertThat(partial.report().skipped()).singleElement().asString().startsWith("broken.yaml");
    }

    @Test
    void aRuleFileInTheFolderReplacesTheShippedOneOfTheSameNameAfterAReload(@TempDir Path folder)
            throws IOException {
        Normaliser reloadable = new Normaliser(folder, ZoneId.of("Asia/Shanghai"));
        assertThat(reloadable.normalise(Instant.EPOCH, null, null, name -> null, "IF-MIB::linkDown", List.of()).severity())
                .isEqualTo(PerceivedSeverity.MAJOR);

        Files.writeString(folder.resolve("interface.yaml"), Files.readString(Path.of("rules/interface.yaml"))
                .replaceFirst("severity: major", "severity: critical"));
        RuleFiles.Report report = reloadable.reload();

        assertThat(report.families().get("interface")).containsExactly("IF-MIB::linkDown", "IF-MIB::linkUp");
        assertThat(reloadable.normalise(Instant.EPOCH, null, null, name -> null, "IF-MIB::linkDown", List.of()).severity())
                .isEqualTo(PerceivedSeverity.CRITICAL);
    }

    @Test
    void theShippedRulesApplyWithNoFolderAtAll(@TempDir Path folder) {
        Normaliser shipped = new Normaliser(folder.resolve("missing"), ZoneId.of("Asia/Shanghai"));

        assertThat(shipped.report().families()).containsKeys("interface", "frame-relay", "atm", "mpls-vpn");
    }

    @Test
    void withNoRuleLoadedReadinessIsDownAndSaysWhy(@TempDir Path folder) throws IOException {
        try (var shipped = Files.list(Path.of("rules"))) {
            for (Path file : shipped.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.writeString(folder.resolve(file.getFileName()), "family: emptied\nrules: []\n");
            }
        }

        var health = new RulesHealth(new Normaliser(folder, ZoneId.of("Asia/Shanghai"))).health();

        assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
        assertThat(health.getDetails().get("reason").toString()).contains("no normalisation rule");
        assertThat(new RulesHealth(rules).health().getStatus().getCode()).isEqualTo("UP");
    }
}
