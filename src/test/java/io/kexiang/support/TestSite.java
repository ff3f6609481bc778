package io.kexiang.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A network element of a test's own, with an address no other test uses, so that the alarms a test makes are
 * its alone in the shared database. Circuits are added as CSV rows of the inventory import.
 */
public final class TestSite {

    private static final String CIRCUIT_HEADER = "circuit_id,customer_code,type,bandwidth_kbps,status,a_ne,"
            + "a_if_index,a_if_name,z_ne,z_if_index,z_if_name,dlci,vpi,vci,vrf,route_distinguisher,e1_line,timeslots";

    private final Api admin;
    public final String element;
    public final String address;

    private TestSite(Api admin, String element, String address) {
        this.admin = admin;
        this.element = element;
        this.address = address;
    }

    public static TestSite create(Api admin, String role) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "10.%d.%d.%d".formatted(random.nextInt(100, 250), random.nextInt(1, 250),
                random.nextInt(1, 250));
        return create(admin, role, address);
    }

    public static TestSite create(Api admin, String role, String address) {
        return create(admin, role, address, null);
    }

    /** An element an NMS manages and names {@code nmsName} in its own alarms. */
    public static TestSite managed(Api admin, String role, String nmsName) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return create(admin, role, "10.%d.%d.%d".formatted(random.nextInt(100, 250), random.nextInt(1, 250),
                random.nextInt(1, 250)), nmsName);
    }

    private static TestSite create(Api admin, String role, String address, String nmsName) {
        String element = "T-" + role + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Response created = admin.post("/api/v1/network-elements", """
                {"name":"%s","mgmtIps":["%s"],"role":"%s","vendor":"Huawei","nmsName":%s}""".formatted(element,
                address, role, nmsName == null ? "null" : '"' + nmsName + '"'));
        if (created.status() != 201) {
            throw new AssertionError("network element not created: " + created);
        }
        // Traps must find the element by its address: wait until the resolver's index has it.
        await().atMost(Duration.ofSeconds(10)).until(() -> admin.get("/api/v1/resolve?ne=" + address).status() == 200);
        return new TestSite(admin, element, address);
    }

    /** A new group customer of this tier, served by demo account manager am001. */
    public String customer(String tier) {
        String code = "TC-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Response created = admin.post("/api/v1/customers", """
                {"customerCode":"%s","name":"测试客户 %s","tier":"%s","accountManagerEmployeeId":"am001"}"""
                .formatted(code, code, tier));
        if (created.status() != 201) {
            throw new AssertionError("customer not created: " + created);
        }
        return code;
    }

    public String ddn(String id, String customer, int ifIndex, String e1Line) {
        return row(id, customer, "DDN", ifIndex, "", "", "", "", e1Line, "1-31");
    }

    public String frameRelay(String id, String customer, int ifIndex, int dlci) {
        return row(id, customer, "FR", ifIndex, String.valueOf(dlci), "", "", "", "", "");
    }

    public String atm(String id, String customer, int ifIndex, int vpi, int vci) {
        return row(id, customer, "ATM", ifIndex, "", String.valueOf(vpi), String.valueOf(vci), "", "", "");
    }

    public String mplsVpn(String id, String customer, int ifIndex, String vrf) {
        return row(id, customer, "MPLS_VPN", ifIndex, "", "", "", vrf, "", "");
    }

    private String row(String id, String customer, String type, int ifIndex, String dlci, String vpi, String vci,
            String vrf, String e1Line, String timeslots) {
        return String.join(",", id, customer, type, "2048", "IN_SERVICE", element, String.valueOf(ifIndex), "", "",
                "", "", dlci, vpi, vci, vrf, vrf.isEmpty() ? "" : "65001:9", e1Line, e1Line.isEmpty() ? "" : timeslots);
    }

    /** Imports circuit rows (made by the methods above) and waits until the resolver knows them. */
    public void circuits(String... rows) {
        StringBuilder csv = new StringBuilder(CIRCUIT_HEADER).append('\n');
        for (String row : rows) {
            csv.append(row).append('\n');
        }
        Response imported = admin.postCsv("/api/v1/import/circuits", csv.toString());
        if (imported.status() != 200) {
            throw new AssertionError("circuits not imported: " + imported);
        }
        String last = rows[rows.length - 1].split(",")[0];
        await().atMost(Duration.ofSeconds(10)).until(() -> admin.get("/api/v1/resolve?ne=" + address).json()
                .toString().contains(last));
    }
}
