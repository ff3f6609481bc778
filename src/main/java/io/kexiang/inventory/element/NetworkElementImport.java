package io.kexiang.inventory.element;

import io.kexiang.inventory.NetworkElementRole;
import io.kexiang.shared.NetworkAddress;
import io.kexiang.shared.Text;
import io.kexiang.shared.csv.CsvImportKind;
import io.kexiang.shared.csv.CsvRow;
import io.kexiang.shared.csv.DraftProblems;
import io.kexiang.shared.csv.ImportCounts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code name,mgmt_ips,vendor,model,site,role,nms_name,snmp_communities}; lists separated by {@code ;}. Also checks
 * REST drafts: an address may belong to one element only, since traps are matched on it.
 */
@Component
class NetworkElementImport implements CsvImportKind<NetworkElementDraft> {

    private final NetworkElementWriter writer;
    private final JdbcTemplate jdbc;

    NetworkElementImport(NetworkElementWriter writer, JdbcTemplate jdbc) {
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "network-elements";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("name", "mgmt_ips", "role");
    }

    @Override
    public Set<String> optionalColumns() {
        return Set.of("vendor", "model", "site", "nms_name", "snmp_communities");
    }

    @Override
    public NetworkElementDraft parse(CsvRow row, DraftProblems problems, int index) {
        return new NetworkElementDraft(row.text("name"), row.list("mgmt_ips"), row.text("vendor"), row.text("model"),
                row.text("site"), row.enumValue("role", NetworkElementRole.class, problems, index),
                row.text("nms_name"), row.list("snmp_communities"));
    }

    @Override
    public void check(List<NetworkElementDraft> drafts, DraftProblems problems) {
        Map<String, String> ownerInFile = new HashMap<>();
        problems.requireUnique(drafts, NetworkElementDraft::name, "name");
        for (int i = 0; i < drafts.size(); i++) {
            NetworkElementDraft draft = drafts.get(i);
            for (String ip : draft.mgmtIps()) {
                String address = NetworkAddress.canonical(ip).orElse(null);
                if (address == null) {
                    problems.add(i, "mgmtIps", ip, Text.of("inventory.notAnAddress"));
                } else {
                    String owner = ownerInFile.putIfAbsent(address, draft.name());
                    if (owner != null && !owner.equals(draft.name())) {
                        problems.add(i, "mgmtIps", ip, Text.of("inventory.addressTwiceInFile", owner));
                    }
                }
            }
        }
        checkAddressesOwnedElsewhere(drafts, ownerInFile, problems);
    }

    private void checkAddressesOwnedElsewhere(List<NetworkElementDraft> drafts, Map<String, String> ownerInFile,
            DraftProblems problems) {
        Set<String> namesInFile = new HashSet<>(ownerInFile.values());
        jdbc.query("select a.address, n.name from ne_address a join network_element n on n.id = a.ne_id "
                + "where a.address = any(?::varchar[])", rs -> {
                    String address = rs.getString(1);
                    String owner = rs.getString(2);
                    String claimant = ownerInFile.get(address);
                    if (!owner.equals(claimant) && !namesInFile.contains(owner)) {
                        int index = indexOf(drafts, claimant);
                        problems.add(index, "mgmtIps", address, Text.of("inventory.addressHeld", owner));
                    }
                }, (Object) ownerInFile.keySet().toArray(String[]::new));
    }

    private static int indexOf(List<NetworkElementDraft> drafts, String name) {
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).name().equals(name)) {
                return i;
            }
        }
        return 0;
    }

    @Override
    public ImportCounts write(List<NetworkElementDraft> drafts) {
        return writer.upsert(drafts);
    }
}
