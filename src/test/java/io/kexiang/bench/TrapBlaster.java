package io.kexiang.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The load generator, run as its own process: sends SNMPv2c traps over UDP from each network element's own
 * loopback address (Linux answers for all of 127.0.0.0/8), at a fixed rate or as fast as it can.
 *
 * <pre>
 * java -cp target/test-classes io.kexiang.bench.TrapBlaster HOST:PORT PLAN COMMUNITY COUNT RATE
 * </pre>
 *
 * PLAN has a line per trap, {@code source-address kind ifIndex} with kind {@code down}, {@code up} or {@code cold};
 * the lines are sent in order, over again until COUNT traps are sent. RATE 0 sends without pause. Prints one line,
 * {@code sent=… seconds=… rate=…}.
 */
public final class TrapBlaster {

    /** How often the pacing loop wakes: small batches at an even rate, without spinning a core Kexiang needs. */
    private static final long TICK_NANOS = 200_000;

    private TrapBlaster() {
    }

    public static void main(String[] args) throws IOException {
        String[] target = args[0].split(":");
        InetSocketAddress destination = new InetSocketAddress(target[0], Integer.parseInt(target[1]));
        List<String> plan = Files.readAllLines(Path.of(args[1]));
        String community = args[2];
        long count = Long.parseLong(args[3]);
        double rate = Double.parseDouble(args[4]);

        Map<String, DatagramChannel> channels = new HashMap<>();
        List<DatagramChannel> channelOf = new ArrayList<>();
        List<byte[]> datagrams = new ArrayList<>();
        for (String line : plan) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.trim().split("\\s+");
            DatagramChannel channel = channels.computeIfAbsent(fields[0], source -> open(source, destination));
            channelOf.add(channel);
            datagrams.add(BerTrap.encode(community, oid(fields[1]), Integer.parseInt(fields[2]), datagrams.size() + 1));
        }

        long start = System.nanoTime();
        long sent = 0;
        int next = 0;
        while (sent < count) {
            long due = rate <= 0 ? count : Math.min(count, (long) ((System.nanoTime() - start) * rate / 1e9) + 1);
            while (sent < due) {
                byte[] datagram = datagrams.get(next);
                Instant now = Instant.now();
                BerTrap.stamp(datagram, now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000);
                channelOf.get(next).write(ByteBuffer.wrap(datagram));
                sent++;
                next = next + 1 == datagrams.size() ? 0 : next + 1;
            }
            if (sent < count) {
                LockSupport.parkNanos(TICK_NANOS);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("sent=%d seconds=%.3f rate=%.0f%n", sent, seconds, sent / seconds);
        for (DatagramChannel channel : channels.values()) {
            channel.close();
        }
    }

    private static String oid(String kind) {
        return switch (kind) {
            case "down" -> BerTrap.LINK_DOWN;
            case "up" -> BerTrap.LINK_UP;
            case "cold" -> BerTrap.COLD_START;
            default -> throw new IllegalArgumentException("kind is down, up or cold: " + kind);
        };
    }

    private static DatagramChannel open(String source, InetSocketAddress destination) {
        try {
            DatagramChannel channel = DatagramChannel.open();
            channel.bind(new InetSocketAddress(source, 0));
            channel.connect(destination);
            return channel;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot send from " + source, e);
        }
    }
}
