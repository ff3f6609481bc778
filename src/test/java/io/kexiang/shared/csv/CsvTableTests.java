package io.kexiang.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kexiang.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvTableTests {

    private static CsvTable read(String text) {
        return CsvTable.read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, Set.of("code", "name"),
                Set.of("note"));
    }

    @Test
    void readsQuotedChineseTextWithAByteOrderMarkAndColumnsInAnyOrder() {
        CsvTable table = read("\uFEFFname,code\r\n\"天津港（集团）, 有限公司\",C1\r\n\r\n\"说 \"\"明\"\"\",C2\r\n");

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).text("name")).isEqualTo("天津港（集团）, 有限公司");
        assertThat(table.rows().get(0).text("code")).isEqualTo("C1");
        assertThat(table.rows().get(1).text("name")).isEqualTo("说 \"明\"");
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(0).text("note")).isNull();
    }

    @Test
    void aMisspeltColumnIsRefusedRatherThanSilentlyDropped() {
        assertThatThrownBy(() -> read("code,nmae\nC1,x\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.problems()).extracting(p -> p.field()).containsExactlyInAnyOrder("name", "nmae");
                });
    }

    @Test
    void jsonFieldPathsBecomeCsvColumns() {
        assertThat(DraftProblems.column("aEnd.ifIndex")).isEqualTo("a_if_index");
        assertThat(DraftProblems.column("zEnd.ne")).isEqualTo("z_ne");
        assertThat(DraftProblems.column("accountManagerEmployeeId")).isEqualTo("account_manager_employee_id");
        assertThat(DraftProblems.column("mgmtIps[1]")).isEqualTo("mgmt_ips");
        assertThat(DraftProblems.column("dlci")).isEqualTo("dlci");
    }
}
