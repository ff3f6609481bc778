package io.kexiang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the kernel says about a UDP socket: datagrams it dropped because the receive buffer was full (the loss no
 * receiver can count itself), and the peak resident memory of a process.
 */
public final class UdpSocketStats {

    private UdpSocketStats() {
    }

    /**
     * The drops column of /proc/net/udp and /proc/net/udp6 for the socket bound to this local port: a Java
     * DatagramSocket is an IPv6 socket even when bound to 127.0.0.1, and is listed only in udp6.
     */
    public static long drops(int port) {
        String suffix = ":" + "%04X".formatted(port);
        long drops = 0;
        for (String table : List.of("/proc/net/udp", "/proc/net/udp6")) {
            try {
                List<String> lines = Files.readAllLines(Path.of(table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields[1].toUpperCase(Locale.ROOT).endsWith(suffix)) {
                        drops += Long.parseLong(fields[fields.length - 1]);
                    }
                }
            } catch (IOException noSuchTable) {
                // a kernel without IPv6
            }
        }
        return drops;
    }

    /** The receive buffer the kernel gave the socket on this port, as {@code ss} reports it (rb), or -1. */
    static long receiveBuffer(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-ulmnH", "sport = :" + port).redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes());
            ss.waitFor();
            int at = out.indexOf(",rb");
            if (at < 0) {
                return -1;
            }
            int end = out.indexOf(',', at + 3);
            return Long.parseLong(out.substring(at + 3, end));
        } catch (IOException | InterruptedException | RuntimeException e) {
            return -1;
        }
    }

    /** VmHWM of a process in bytes: the most resident memory it has had. */
    static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
