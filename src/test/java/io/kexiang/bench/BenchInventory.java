package io.kexiang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A synthetic inventory of the size, as the CSV files an operator would import, and the traffic plans that
 * hit it. Element 0 is the storm element: a PE carrying {@code stormCircuits} MPLS-VPN sites, one per interface.
 * The other elements take the other circuits in turn, one per interface, each of its role's kind (DDN on DDN nodes,
 * ATM PVCs on ATM switches, frame-relay PVCs on FR switches, VPN sites on PEs). Every element sends from its own
 * loopback address, 127.1.x.y.
 */
record BenchInventory(int elements, int customers, int circuits, int stormCircuits) {

    static final String COMMUNITY = "bench";
    private static final String[] ROLES = {"PE", "DDN_NODE", "ATM_SWITCH", "FR_SWITCH"};
    private static final String[] TYPES = {"MPLS_VPN", "DDN", "ATM", "FR"};
    private static final int ACCOUNT_MANAGERS = 50;

    static String address(int element) {
        return "127.1." + element / 250 + "." + (element % 250 + 1);
    }

    static String element(int element) {
        return "BENCH-NE-%04d".formatted(element);
    }

    static String customer(int customer) {
        return "BENCH-C%05d".formatted(customer);
    }

    String people() {
        StringBuilder csv = new StringBuilder("employee_id,name,department,roles,email\n");
        for (int i = 0; i < ACCOUNT_MANAGERS; i++) {
            csv.append("bam%03d,客户经理%03d,政企客户部,ACCOUNT_MANAGER,bam%03d@bench.example.com\n".formatted(i, i, i));
        }
        return csv.toString();
    }

    String networkElements() {
        StringBuilder csv = new StringBuilder("name,mgmt_ips,role,vendor,site\n");
        for (int i = 0; i < elements; i++) {
            csv.append("%s,%s,%s,Huawei,基准测试局%d\n".formatted(element(i), address(i), role(i), i % 20));
        }
        return csv.toString();
    }

    /** Tiers as a centre sees them: few AAA, most B. */
    String customersCsv() {
        StringBuilder csv = new StringBuilder("customer_code,name,tier,industry,account_manager_employee_id\n");
        for (int i = 0; i < customers; i++) {
            int share = i % 50;
            String tier = share == 0 ? "AAA" : share < 5 ? "AA" : share < 20 ? "A" : "B";
            csv.append("%s,基准集团客户%05d,%s,制造业,bam%03d\n".formatted(customer(i), i, tier, i % ACCOUNT_MANAGERS));
        }
        return csv.toString();
    }

    String circuitsCsv() {
        StringBuilder csv = new StringBuilder("circuit_id,customer_code,type,status,a_ne,a_if_index,dlci,vpi,vci,vrf,e1_line\n");
        for (int j = 0; j < circuits; j++) {
            int element = elementOf(j);
            int ifIndex = ifIndexOf(j);
            String type = element == 0 ? "MPLS_VPN" : TYPES[element % 4];
            String customer = customer(j % customers);
            csv.append("BENCH-%s-%06d,%s,%s,IN_SERVICE,%s,%d,%s,%s,%s,%s,%s\n".formatted(type, j, customer, type,
                    element(element), ifIndex,
                    type.equals("FR") ? String.valueOf(16 + ifIndex) : "",
                    type.equals("ATM") ? "1" : "", type.equals("ATM") ? String.valueOf(32 + ifIndex) : "",
                    type.equals("MPLS_VPN") ? "VPN_" + customer : "",
                    type.equals("DDN") ? "E1-" + ifIndex : ""));
        }
        return csv.toString();
    }

    /**
     * The steady traffic: every circuit outside the storm element in turn, four passes of link-down, link-down,
     * link-down, link-up: half repeats of an open fault, a quarter clears, a quarter faults raised again.
     */
    List<String> steadyPlan() {
        List<String> lines = new ArrayList<>();
        String[] passes = {"down", "down", "down", "up"};
        for (String kind : passes) {
            for (int j = stormCircuits; j < circuits; j++) {
                lines.add(address(elementOf(j)) + " " + kind + " " + ifIndexOf(j));
            }
        }
        return lines;
    }

    /** Every circuit outside the storm element down: the first pass raises an alarm each, the next ones repeat it. */
    List<String> downPlan() {
        List<String> lines = new ArrayList<>();
        for (int j = stormCircuits; j < circuits; j++) {
            lines.add(address(elementOf(j)) + " down " + ifIndexOf(j));
        }
        return lines;
    }

    /** The storm element restarts: a coldStart, then a link-down on every interface. */
    List<String> stormPlan() {
        List<String> lines = new ArrayList<>();
        lines.add(address(0) + " cold 0");
        for (int j = 0; j < stormCircuits; j++) {
            lines.add(address(0) + " down " + ifIndexOf(j));
        }
        return lines;
    }

    Set<String> stormCustomers() {
        Set<String> codes = new LinkedHashSet<>();
        for (int j = 0; j < stormCircuits; j++) {
            codes.add(customer(j % customers));
        }
        return codes;
    }

    static Path write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, lines);
    }

    private int elementOf(int circuit) {
        return circuit < stormCircuits ? 0 : 1 + (circuit - stormCircuits) % (elements - 1);
    }

    private int ifIndexOf(int circuit) {
        return circuit < stormCircuits ? circuit + 1 : (circuit - stormCircuits) / (elements - 1) + 1;
    }

    private static String role(int element) {
        return element == 0 ? "PE" : ROLES[element % 4];
    }
}
