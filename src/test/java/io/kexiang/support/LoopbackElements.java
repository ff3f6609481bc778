package io.kexiang.support;

import io.kexiang.bench.BerTrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Network elements on addresses of the loopback network (127.0.0.11, .12, …), so that each sends its traps from its
 * own address on this machine: numbered SNMPv2c linkDowns over its interfaces, each trap's number in its last 16
 * bytes (which the archive keeps), so that what was archived, and how often, can be read back.
 */
public final class LoopbackElements {

    public static final String PREFIX = "LB-NE-";

    private final int elements;
    private final int interfaces;

    public LoopbackElements(int elements, int interfaces) {
        this.elements = elements;
        this.interfaces = interfaces;
    }

    /** The elements as {@code POST /api/v1/import/network-elements} takes them. */
    public String csv() {
        StringBuilder csv = new StringBuilder("name,mgmt_ips,role\n");
        for (int element = 1; element <= elements; element++) {
            csv.append(PREFIX).append(element).append(",127.0.0.").append(10 + element).append(",PE\n");
        }
        return csv.toString();
    }

    public int alarms() {
        return elements * interfaces;
    }

    /**
     * Sends linkDowns numbered 1, 2, … at a steady rate, from each element in turn, each element always to the same
     * port of the list (as each NMS sends to one node), until {@code more} says stop or {@code total} are sent.
     *
     * @return how many were sent
     */
    public int send(List<Integer> ports, int total, int perSecond, BooleanSupplier more) {
        List<DatagramSocket> sockets = new ArrayList<>();
        InetAddress target = InetAddress.getLoopbackAddress();
        int number = 0;
        try {
            for (int element = 1; element <= elements; element++) {
                sockets.add(new DatagramSocket(new InetSocketAddress("127.0.0." + (10 + element), 0)));
            }
            long start = System.nanoTime();
            while (number < total && more.getAsBoolean()) {
                int element = number % elements;
                int ifIndex = 1 + (number / elements) % interfaces;
                number++;
                byte[] trap = BerTrap.encode("public", BerTrap.LINK_DOWN, ifIndex, number);
                BerTrap.stamp(trap, number);
                sockets.get(element).send(new DatagramPacket(trap, trap.length, target,
                        ports.get(element % ports.size())));
                long due = start + (long) number * 1_000_000_000L / perSecond;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sockets.forEach(DatagramSocket::close);
        }
        return number;
    }

    /** The number each archived linkDown carries (once per archive row). */
    public static List<Long> archivedNumbers(Connection database) throws SQLException {
        List<Long> numbers = new ArrayList<>();
        try (ResultSet rows = database.createStatement().executeQuery(
                "select raw from raw_event where trap_oid = '" + BerTrap.LINK_DOWN + "'")) {
            while (rows.next()) {
                byte[] raw = rows.getBytes(1);
                numbers.add(Long.parseLong(new String(raw, raw.length - 16, 16, StandardCharsets.US_ASCII)));
            }
        }
        return numbers;
    }

    /** The elements' interface alarms (their element alarms are the correlation's), and the traps they count. */
    public static long[] interfaceAlarms(Connection database) throws SQLException {
        try (ResultSet row = database.createStatement().executeQuery("select count(*), "
                + "coalesce(sum(occurrence_count), 0) from alarm where network_element like '" + PREFIX + "%' "
                + "and notification = 'IF-MIB::linkDown'")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }
}
