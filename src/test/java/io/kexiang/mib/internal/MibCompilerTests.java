package io.kexiang.mib.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.mib.MibObject;
import io.kexiang.mib.MibSymbol;
import io.kexiang.mib.ObjectInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MIB modules shipped in mibs/, compiled as the application does at start-up. */
class MibCompilerTests {

    private static CompiledMibs shipped;

    @BeforeAll
    static void compileTheShippedModules() {
        shipped = MibCompiler.compile(Path.of("mibs"), Instant.now());
    }

    private static String notification(String oid) {
        return shipped.notification(oid).map(MibSymbol::qualifiedName).orElse(null);
    }

    @Test
    void everyShippedModuleCompilesWithoutProblems() {
        assertThat(shipped.report().problems()).isEmpty();
        assertThat(shipped.report().modules()).hasSize(41)
                .contains("IF-MIB", "DS1-MIB", "ATM2-MIB", "FRAME-RELAY-DTE-MIB", "MPLS-L3VPN-STD-MIB",
                        "IMAP_NORTHBOUND_MIB-V1", "HW-IMAPV1NORTHBOUND-TRAP-MIB", "RFC1315-MIB");
    }

    @Test
    void theCircuitNotificationsHaveTheirNames() {
        assertThat(notification("1.3.6.1.6.3.1.1.5.3")).isEqualTo("IF-MIB::linkDown");
        assertThat(notification(".1.3.6.1.6.3.1.1.5.1")).isEqualTo("SNMPv2-MIB::coldStart");
        assertThat(notification("1.3.6.1.2.1.10.32.0.1")).isEqualTo("FRAME-RELAY-DTE-MIB::frDLCIStatusChange");
        assertThat(notification("1.3.6.1.2.1.37.1.14.2.1.0.1")).isEqualTo("ATM2-MIB::atmIntfPvcFailuresTrap");
        assertThat(notification("1.3.6.1.2.1.10.18.15.0.1")).isEqualTo("DS1-MIB::dsx1LineStatusChange");
        assertThat(notification("1.3.6.1.2.1.10.166.11.0.2")).isEqualTo("MPLS-L3VPN-STD-MIB::mplsL3VpnVrfDown");
        assertThat(notification("1.3.6.1.2.1.15.7.2")).isEqualTo("BGP4-MIB::bgpBackwardTransition");
        assertThat(notification("1.3.6.1.6.3.1.1.5.99")).isNull();
    }

    @Test
    void anSmiV1TrapIsNamedByEnterpriseZeroAndSpecificNumberAsRfc3584Says() {
        MibSymbol trap = shipped.report().modules().contains("HW-IMAPV1NORTHBOUND-TRAP-MIB")
                ? shipped.notifications().values().stream()
                        .filter(s -> s.name().equals("hwNmNorthboundEventNotify")).findFirst().orElseThrow()
                : null;

        assertThat(trap).isNotNull();
        assertThat(trap.oid()).contains(".0.");
        assertThat(notification(trap.oid())).isEqualTo("HW-IMAPV1NORTHBOUND-TRAP-MIB::hwNmNorthboundEventNotify");
    }

    @Test
    void aVarbindIsReadAsObjectAndIndexWithItsEnumerationLabels() {
        ObjectInstance operStatus = shipped.objectInstance("1.3.6.1.2.1.2.2.1.8.5").orElseThrow();
        ObjectInstance sysDescr = shipped.objectInstance("1.3.6.1.2.1.1.1.0").orElseThrow();

        assertThat(operStatus.object().symbol().qualifiedName()).isEqualTo("IF-MIB::ifOperStatus");
        assertThat(operStatus.displayName()).isEqualTo("ifOperStatus.5");
        assertThat(operStatus.object().label(2)).contains("down");
        assertThat(operStatus.object().syntax()).isEqualTo("ENUM");
        assertThat(sysDescr.displayName()).isEqualTo("sysDescr");
        assertThat(sysDescr.object().isText()).isTrue();
        assertThat(shipped.objectInstance("1.3.6.1.4.1.99999.1.2")).isEmpty();
        assertThat(shipped.objectInstance("not.an.oid")).isEmpty();
    }

    @Test
    void aBitmapAsASumAndABitsValueAreReadAsTheirFlags() {
        MibObject lineStatus = shipped.objectInstance("1.3.6.1.2.1.10.18.6.1.10.101").orElseThrow().object();
        MibObject ilmi = shipped.objectInstance("1.3.6.1.2.1.37.1.14.1.14.1.5.12").orElseThrow().object();

        assertThat(lineStatus.symbol().qualifiedName()).isEqualTo("DS1-MIB::dsx1LineStatus");
        assertThat(lineStatus.label(1)).contains("dsx1NoAlarm");
        assertThat(lineStatus.label(66)).contains("dsx1RcvFarEndLOF|dsx1LossOfSignal");
        assertThat(lineStatus.label(64 + 262144)).as("a flag no MIB line names").contains("dsx1LossOfSignal|?");
        assertThat(ilmi.symbol().qualifiedName()).isEqualTo("ATM2-MIB::atmIntfIlmiAdminStatus");
        assertThat(ilmi.bitsLabel(new byte[] {(byte) 0b1010_0000})).contains("ilmi|ilmiConnectivity");
        assertThat(ilmi.bitsLabel(new byte[] {0})).isEmpty();
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndTheOthersStillLoad(@TempDir Path folder) throws IOException {
        Files.copy(Path.of("mibs/SNMPv2-SMI.txt"), folder.resolve("SNMPv2-SMI.txt"));
        Files.copy(Path.of("mibs/SNMPv2-TC.txt"), folder.resolve("SNMPv2-TC.txt"));
        Files.copy(Path.of("mibs/SNMPv2-CONF.txt"), folder.resolve("SNMPv2-CONF.txt"));
        Files.copy(Path.of("mibs/SNMPv2-MIB.txt"), folder.resolve("SNMPv2-MIB.txt"));
        Files.writeString(folder.resolve("broken.my"), """
                BROKEN-MIB DEFINITIONS ::= BEGIN
                IMPORTS enterprises FROM SNMPv2-SMI;
                broken OBJECT IDENTIFIER ::= { enterprises 99999
                foo bar baz
                END
                """);

        CompiledMibs compiled = MibCompiler.compile(folder, Instant.now());

        assertThat(compiled.report().problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("broken.my");
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.reason()).isNotBlank();
        });
        assertThat(compiled.notification("1.3.6.1.6.3.1.1.5.1")).isPresent();
    }

    @Test
    void aFileThatIsNotEvenSmiTextIsReportedByName(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("garbage.txt"), "\u0000\u0001 {{{ @@@ ]]]");

        CompiledMibs compiled = MibCompiler.compile(folder, Instant.now());

        assertThat(compiled.report().problems()).extracting(p -> p.file()).contains("garbage.txt");
    }

    @Test
    void theShippedModulesCompileFromTheJarWithNoFolderAtAll(@TempDir Path folder) {
        CompiledMibs fromTheJar = MibCompiler.compile(folder.resolve("missing"), Instant.now());

        assertThat(fromTheJar.report().problems()).isEmpty();
        assertThat(fromTheJar.report().modules()).hasSize(41);
        assertThat(fromTheJar.notification("1.3.6.1.6.3.1.1.5.3").map(MibSymbol::qualifiedName))
                .contains("IF-MIB::linkDown");
    }

    @Test
    void withNoModuleCompiledReadinessIsDownAndSaysWhy() {
        CompiledMibs nothing = MibCompiler.compile(java.util.List.of(), "nothing", Instant.now());
        MibHealth health = new MibHealth(new FixedRegistry(nothing));

        assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
        assertThat(health.health().getDetails().get("reason").toString()).contains("no MIB module");
        assertThat(new MibHealth(new FixedRegistry(shipped)).health().getStatus().getCode()).isEqualTo("UP");
    }

    private record FixedRegistry(CompiledMibs compiled) implements io.kexiang.mib.MibRegistry {

        @Override
        public java.util.Optional<MibSymbol> notification(String oid) {
            return compiled.notification(oid);
        }

        @Override
        public java.util.Optional<ObjectInstance> objectInstance(String oid) {
            return compiled.objectInstance(oid);
        }

        @Override
        public io.kexiang.mib.MibReport reload() {
            return compiled.report();
        }

        @Override
        public io.kexiang.mib.MibReport report() {
            return compiled.report();
        }
    }
}
