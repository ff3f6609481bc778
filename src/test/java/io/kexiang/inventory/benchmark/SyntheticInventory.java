package io.kexiang.inventory.benchmark;

import io.kexiang.inventory.ResolveQuery;
import java.util.Random;

/**
 * A deterministic inventory of any size for the benchmark: network elements of four kinds holding 100 circuits
 * each (ten per interface), 5,000 customers of every tier. Circuit {@code i} is on element {@code i / 100}, so a
 * small inventory is a few full elements and a large one many: the neighbourhood of every circuit, and so the
 * work of one lookup, is the same at every size, and only the size of the index differs.
 */
final class SyntheticInventory {

    static final int ELEMENTS = 2_000;
    static final int CUSTOMERS = 5_000;
    static final int MANAGERS = 50;
    static final int PER_ELEMENT = 100;
    private static final String[] TYPES = {"FR", "ATM", "MPLS_VPN", "DDN"};
    private static final String[] ROLES = {"FR_SWITCH", "ATM_SWITCH", "PE", "DDN_NODE"};

    private SyntheticInventory() {
    }

    static String people() {
        StringBuilder csv = new StringBuilder("employee_id,name,department,roles\n");
        for (int m = 0; m < MANAGERS; m++) {
            csv.append("bmam%02d,客户经理%02d,集团客户部,ACCOUNT_MANAGER\n".formatted(m, m));
        }
        return csv.toString();
    }

    static String elements() {
        StringBuilder csv = new StringBuilder("name,mgmt_ips,vendor,role\n");
        for (int ne = 0; ne < ELEMENTS; ne++) {
            csv.append(element(ne)).append(',').append(address(ne)).append(",Huawei,").append(ROLES[ne % 4])
                    .append('\n');
        }
        return csv.toString();
    }

    static String customers() {
        StringBuilder csv = new StringBuilder("customer_code,name,tier,account_manager_employee_id\n");
        String[] tiers = {"AAA", "AA", "AA", "A", "A", "A", "B", "B", "B", "B"};
        for (int c = 0; c < CUSTOMERS; c++) {
            csv.append("BM-C%05d,基准测试客户%05d,%s,bmam%02d\n".formatted(c, c, tiers[c % 10], c % MANAGERS));
        }
        return csv.toString();
    }

    /** Circuits {@code from} (inclusive) to {@code to} (exclusive), one per row. */
    static String circuits(int from, int to) {
        StringBuilder csv = new StringBuilder(
                "circuit_id,customer_code,type,status,a_ne,a_if_index,dlci,vpi,vci,vrf,e1_line,timeslots\n");
        for (int i = from; i < to; i++) {
            int ne = i / PER_ELEMENT;
            int k = i % PER_ELEMENT;
            int customer = i % CUSTOMERS;
            String type = TYPES[ne % 4];
            csv.append("BM-%07d,BM-C%05d,%s,IN_SERVICE,%s,".formatted(i, customer, type, element(ne)));
            switch (type) {
                case "FR" -> csv.append(1 + k / 10).append(',').append(16 + k).append(",,,,,");
                case "ATM" -> csv.append(1 + k / 10).append(",,").append(k / 10).append(',').append(32 + k)
                        .append(",,,");
                case "MPLS_VPN" -> csv.append(1 + k).append(",,,,VPN_").append(customer).append(",,");
                default -> csv.append(1 + k / 10).append(",,,,,E1-").append(k / 10).append(',')
                        .append(timeslots(k));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** A lookup for a random circuit among the first {@code count}; one in ten asks for an interface with none. */
    static ResolveQuery query(Random random, int count) {
        int i = random.nextInt(count);
        int ne = i / PER_ELEMENT;
        int k = i % PER_ELEMENT;
        String byName = random.nextBoolean() ? element(ne) : null;
        String byAddress = byName == null ? address(ne) : null;
        if (random.nextInt(10) == 0) {
            return new ResolveQuery(byName, byAddress, 9_999, null, null, null, null, null, null, null);
        }
        return switch (TYPES[ne % 4]) {
            case "FR" -> new ResolveQuery(byName, byAddress, 1 + k / 10, null, 16 + k, null, null, null, null, null);
            case "ATM" -> new ResolveQuery(byName, byAddress, 1 + k / 10, null, null, k / 10, 32 + k, null, null, null);
            case "MPLS_VPN" -> new ResolveQuery(byName, byAddress, null, null, null, null, null,
                    "VPN_" + (i % CUSTOMERS), null, null);
            default -> new ResolveQuery(byName, byAddress, 1 + k / 10, null, null, null, null, null, "E1-" + k / 10,
                    (k % 10) * 3 + 2);
        };
    }

    private static String element(int ne) {
        return "BM-NE-%04d".formatted(ne);
    }

    private static String address(int ne) {
        return "10.200.%d.%d".formatted(ne / 250, 1 + ne % 250);
    }

    private static String timeslots(int k) {
        int first = (k % 10) * 3 + 1;
        return first + "-" + (first + 2);
    }
}
