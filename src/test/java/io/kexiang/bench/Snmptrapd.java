package io.kexiang.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * net-snmp's snmptrapd (Debian) as the baseline, in the two set-ups the issue names: logging each trap as a line
 * of a file, or handing each to an embedded Perl handler that appends it to a file the way Zabbix's
 * zabbix_trap_receiver.pl does (open, write the PDU's fields and varbinds, close). Same SO_RCVBUF as Kexiang,
 * through net-snmp's own {@code serverRecvBuf}.
 */
final class Snmptrapd implements AutoCloseable {

    enum Setup { LOGGING, PERL }

    private final Process process;
    private final Path output;
    private final Setup setup;
    private final int port;

    private Snmptrapd(Process process, Path output, Setup setup, int port) {
        this.process = process;
        this.output = output;
        this.setup = setup;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/sbin/snmptrapd"));
    }

    static Snmptrapd start(Setup setup, Path work, int receiveBuffer) throws Exception {
        Path dir = work.resolve("snmptrapd-" + setup.name().toLowerCase());
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        int port = KexiangUnderTest.freeUdpPort();
        Path output = dir.resolve(setup == Setup.LOGGING ? "traps.log" : "zabbix_traps.tmp");
        StringBuilder conf = new StringBuilder("[snmp] serverRecvBuf " + receiveBuffer + "\n");
        if (setup == Setup.LOGGING) {
            conf.append("authCommunity log ").append(BenchInventory.COMMUNITY).append('\n');
        } else {
            Path handler = dir.resolve("zabbix_like_receiver.pl");
            Files.writeString(handler, perlHandler(output), StandardCharsets.UTF_8);
            conf.append("authCommunity execute ").append(BenchInventory.COMMUNITY).append('\n');
            conf.append("perl do \"").append(handler).append("\";\n");
        }
        Path confFile = Files.writeString(dir.resolve("snmptrapd.conf"), conf);
        Path log = setup == Setup.LOGGING ? output : dir.resolve("snmptrapd.log");
        // -C: only this configuration; -m "": load no MIBs (their absence would otherwise be logged at every start).
        Process process = new ProcessBuilder("/usr/sbin/snmptrapd", "-f", "-C", "-c", confFile.toString(),
                "-m", "", "-Lf", log.toString(), "-F", "T %a\\n", "-p", dir.resolve("pid").toString(),
                "udp:127.0.0.1:" + port).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (UdpSocketStats.receiveBuffer(port) < 0) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("snmptrapd did not start; see " + dir);
            }
            Thread.sleep(100);
        }
        return new Snmptrapd(process, output, setup, port);
    }

    String target() {
        return "127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Traps written out so far: a line each when logging, a ZBXTRAP header each from the Perl handler. */
    long received() throws IOException {
        if (!Files.exists(output)) {
            return 0;
        }
        String marker = setup == Setup.LOGGING ? "T " : "ZBXTRAP";
        try (var lines = Files.lines(output, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> setup == Setup.LOGGING ? line.startsWith(marker) : line.contains(marker))
                    .count();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The shape of Zabbix's zabbix_trap_receiver.pl, in our words: one file append per trap, opened and closed. */
    private static String perlHandler(Path output) {
        return String.join("\n", List.of(
                "use strict;",
                "use Fcntl qw(O_WRONLY O_APPEND O_CREAT);",
                "use POSIX qw(strftime);",
                "use NetSNMP::TrapReceiver;",
                "my $file = '" + output + "';",
                "sub zabbix_like_receiver {",
                "    my %pdu = %{$_[0]};",
                "    my @varbinds = @{$_[1]};",
                "    sysopen(my $out, $file, O_WRONLY | O_APPEND | O_CREAT, 0644) or return NETSNMPTRAPD_HANDLER_FAIL;",
                "    my $from = $pdu{'receivedfrom'} || 'unknown';",
                "    printf $out \"%s ZBXTRAP %s\\n\", strftime('%H:%M:%S %Y/%m/%d', localtime), $from;",
                "    print $out \"PDU INFO:\\n\";",
                "    foreach my $key (sort keys %pdu) { printf $out \"  %-30s %s\\n\", $key, $pdu{$key}; }",
                "    print $out \"VARBINDS:\\n\";",
                "    foreach my $x (@varbinds) { printf $out \"  %-30s type=%-2d value=%s\\n\", $x->[0], $x->[2], $x->[1]; }",
                "    close($out);",
                "    return NETSNMPTRAPD_HANDLER_OK;",
                "}",
                "NetSNMP::TrapReceiver::register('all', \\&zabbix_like_receiver) or die \"cannot register\\n\";",
                ""));
    }
}
