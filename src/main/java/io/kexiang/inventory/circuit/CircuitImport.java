package io.kexiang.inventory.circuit;

import io.kexiang.inventory.CircuitStatus;
import io.kexiang.inventory.CircuitType;
import io.kexiang.shared.Text;
import io.kexiang.shared.csv.CsvImportKind;
import io.kexiang.shared.csv.CsvRow;
import io.kexiang.shared.csv.DraftProblems;
import io.kexiang.shared.csv.ImportCounts;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code circuit_id,customer_code,type,bandwidth_kbps,status,a_ne,a_if_index,a_if_name,z_ne,z_if_index,
 * z_if_name,dlci,vpi,vci,vrf,route_distinguisher,e1_line,timeslots}. Customers and network elements must exist.
 */
@Component
class CircuitImport implements CsvImportKind<CircuitDraft> {

    private final CircuitWriter writer;
    private final CircuitPlaces places;
    private final JdbcTemplate jdbc;

    CircuitImport(CircuitWriter writer, CircuitPlaces places, JdbcTemplate jdbc) {
        this.writer = writer;
        this.places = places;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "circuits";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("circuit_id", "customer_code", "type", "status", "a_ne");
    }

    @Override
    public Set<String> optionalColumns() {
        return Set.of("bandwidth_kbps", "a_if_index", "a_if_name", "z_ne", "z_if_index", "z_if_name", "dlci", "vpi",
                "vci", "vrf", "route_distinguisher", "e1_line", "timeslots");
    }

    @Override
    public CircuitDraft parse(CsvRow row, DraftProblems problems, int i) {
        EndDraft a = new EndDraft(row.text("a_ne"), row.integer("a_if_index", problems, i), row.text("a_if_name"));
        EndDraft z = new EndDraft(row.text("z_ne"), row.integer("z_if_index", problems, i), row.text("z_if_name"));
        return new CircuitDraft(row.text("circuit_id"), row.text("customer_code"),
                row.enumValue("type", CircuitType.class, problems, i), row.longValue("bandwidth_kbps", problems, i),
                row.enumValue("status", CircuitStatus.class, problems, i), a, z.isEmpty() ? null : z,
                row.integer("dlci", problems, i), row.integer("vpi", problems, i), row.integer("vci", problems, i),
                row.text("vrf"), row.text("route_distinguisher"), row.text("e1_line"), row.text("timeslots"));
    }

    @Override
    public void check(List<CircuitDraft> drafts, DraftProblems problems) {
        Set<String> customers = existing("select customer_code from group_customer where status = 'ACTIVE' "
                + "and customer_code = any(?::varchar[])", drafts.stream().map(CircuitDraft::customerCode));
        Set<String> elements = existing("select name from network_element where status = 'ACTIVE' "
                + "and name = any(?::varchar[])", drafts.stream()
                .flatMap(d -> Stream.of(d.aEnd(), d.zEnd())).filter(Objects::nonNull).map(EndDraft::ne));
        problems.requireUnique(drafts, CircuitDraft::circuitId, "circuitId");
        for (int i = 0; i < drafts.size(); i++) {
            CircuitDraft draft = drafts.get(i);
            if (draft.customerCode() != null && !customers.contains(draft.customerCode())) {
                problems.add(i, "customerCode", draft.customerCode(), Text.of("inventory.noSuchCustomer"));
            }
            checkElement("aEnd.ne", draft.aEnd(), elements, i, problems);
            checkElement("zEnd.ne", draft.zEnd(), elements, i, problems);
            CircuitKindPolicy.check(draft, i, problems);
        }
        if (problems.isEmpty()) {
            places.clashes(drafts).forEach(clash -> problems.add(clash.index(), clash.field(), clash.place(),
                    Text.of("inventory.placeHeld", clash.heldBy())));
        }
    }

    @Override
    public ImportCounts write(List<CircuitDraft> drafts) {
        return writer.upsert(drafts);
    }

    private static void checkElement(String field, EndDraft end, Set<String> elements, int i, DraftProblems problems) {
        if (end != null && end.ne() != null && !elements.contains(end.ne())) {
            problems.add(i, field, end.ne(), Text.of("inventory.noSuchElement"));
        }
    }

    private Set<String> existing(String sql, Stream<String> keys) {
        Set<String> found = new HashSet<>();
        jdbc.query(sql, rs -> {
            found.add(rs.getString(1));
        }, (Object) keys.filter(Objects::nonNull).distinct().toArray(String[]::new));
        return found;
    }
}
