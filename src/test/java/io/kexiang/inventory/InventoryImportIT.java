package io.kexiang.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InventoryImportIT extends ApplicationIT {

    private String p;

    @BeforeEach
    void namesOfThisTest() {
        p = unique("T");
    }

    private void baseInventory() {
        assertThat(admin().postCsv("/api/v1/import/people", """
                employee_id,name,department,roles,email,mobile
                %sam,钱经理,集团客户部,ACCOUNT_MANAGER,qian@tj.example.com,13900000001
                """.formatted(p)).status()).isEqualTo(200);
        assertThat(admin().postCsv("/api/v1/import/network-elements", """
                name,mgmt_ips,vendor,model,site,role,nms_name
                %1$s-FR,%2$s,Lucent,B-STDX 9000,河西,FR_SWITCH,%1$s-FR-NMS
                """.formatted(p, address())).status()).isEqualTo(200);
        assertThat(admin().postCsv("/api/v1/import/customers", """
                customer_code,name,tier,industry,account_manager_employee_id
                %1$s-C1,天津测试集团有限公司,AAA,制造,%1$sam
                """.formatted(p)).status()).isEqualTo(200);
    }

    private String address() {
        long n = Math.abs(p.hashCode());
        return "10.%d.%d.%d".formatted(100 + n % 100, (n / 100) % 250, 1 + (n / 25_000) % 250);
    }

    @Test
    void importsEveryKindAndAReimportUpdatesByNaturalKey() {
        baseInventory();
        String circuits = """
                circuit_id,customer_code,type,bandwidth_kbps,status,a_ne,a_if_index,a_if_name,dlci
                %1$s-FR-1,%1$s-C1,FR,512,IN_SERVICE,%1$s-FR,5,Serial1/0/0,100
                %1$s-FR-2,%1$s-C1,FR,256,IN_SERVICE,%1$s-FR,5,Serial1/0/0,101
                """.formatted(p);

        JsonNode first = admin().postCsv("/api/v1/import/circuits", circuits).json();
        JsonNode again = admin().postCsv("/api/v1/import/circuits", circuits.replace(",512,", ",1024,")).json();

        assertThat(first.get("created").asInt()).isEqualTo(2);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isEqualTo(2);
        JsonNode circuit = admin().get("/api/v1/circuits/" + p + "-FR-1").json();
        assertThat(circuit.get("bandwidthKbps").asInt()).isEqualTo(1024);
        assertThat(circuit.get("customerName").asText()).isEqualTo("天津测试集团有限公司");
        assertThat(circuit.at("/aEnd/dlci").asInt()).isEqualTo(100);
        JsonNode customer = admin().get("/api/v1/customers/" + p + "-C1").json();
        assertThat(customer.at("/accountManager/name").asText()).isEqualTo("钱经理");
        assertThat(admin().get("/api/v1/people/" + p + "am").json().get("department").asText()).isEqualTo("集团客户部");
    }

    @Test
    void aFileWithBadRowsIsRefusedWithEveryProblemListedAndNothingApplied() {
        baseInventory();
        String circuits = """
                circuit_id,customer_code,type,bandwidth_kbps,status,a_ne,a_if_index,dlci,vpi,vci
                %1$s-OK,%1$s-C1,FR,512,IN_SERVICE,%1$s-FR,5,100,,
                %1$s-B1,%1$s-C1,TDM,512,IN_SERVICE,%1$s-FR,5,100,,
                %1$s-B2,NO-SUCH-CUSTOMER,FR,512,IN_SERVICE,%1$s-FR,5,102,,
                %1$s-B3,%1$s-C1,FR,512,IN_SERVICE,%1$s-FR,five,103,,
                %1$s-B4,%1$s-C1,ATM,512,IN_SERVICE,%1$s-FR,5,,1,
                """.formatted(p);

        Response refused = admin().postCsv("/api/v1/import/circuits", circuits);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        List<String> problems = new ArrayList<>();
        refused.json().get("errors").forEach(e -> problems.add(
                e.get("line").asInt() + ":" + e.get("field").asText() + "=" + e.get("value").asText()));
        assertThat(problems).contains("3:type=TDM", "4:customer_code=NO-SUCH-CUSTOMER", "5:a_if_index=five",
                "6:vci=null");
        assertThat(problems).noneMatch(problem -> problem.startsWith("2:"));
        assertThat(admin().get("/api/v1/circuits/" + p + "-OK").status()).isEqualTo(404);
    }

    @Test
    void aHeaderWithAnUnknownOrMissingColumnIsRefusedBeforeAnyRow() {
        Response refused = admin().postCsv("/api/v1/import/customers", """
                customer_code,name,teir
                X1,某公司,AAA
                """);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"teir\"", "未知的列", "\"field\":\"tier\"", "缺少必需的列");
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndChangesNothing() {
        baseInventory();
        String circuit = """
                circuit_id,customer_code,type,status,a_ne,a_if_index,dlci
                %1$s-DRY,%1$s-C1,FR,IN_SERVICE,%1$s-FR,5,300
                """.formatted(p);

        JsonNode counts = admin().postCsv("/api/v1/import/circuits?dryRun=true", circuit).json();

        assertThat(counts.get("dryRun").asBoolean()).isTrue();
        assertThat(counts.get("created").asInt()).isEqualTo(1);
        assertThat(admin().get("/api/v1/circuits/" + p + "-DRY").status()).isEqualTo(404);
    }

    @Test
    void everyChangeIsAuditedWithWhoAndBeforeAndAfter() {
        baseInventory();
        String customer = """
                {"customerCode":"%1$s-C1","name":"天津测试集团有限公司","tier":"B","accountManagerEmployeeId":"%1$sam",
                 "contacts":[{"name":"吴工","mobile":"13600000000"}]}""".formatted(p);

        assertThat(admin().put("/api/v1/customers/" + p + "-C1", customer).status()).isEqualTo(200);

        JsonNode audit = admin().get("/api/v1/audit?entityType=group_customer&entityKey=" + p + "-C1").json();
        JsonNode update = audit.get(0);
        assertThat(update.get("action").asText()).isEqualTo("UPDATE");
        assertThat(update.get("actor").asText()).isEqualTo("admin");
        assertThat(update.at("/before/tier").asText()).isEqualTo("AAA");
        assertThat(update.at("/after/tier").asText()).isEqualTo("B");
        assertThat(audit.get(audit.size() - 1).get("action").asText()).isEqualTo("CREATE");
        assertThat(admin().get("/api/v1/customers/" + p + "-C1").json().at("/contacts/0/name").asText())
                .isEqualTo("吴工");
    }

    @Test
    void restCreatesChecksAndCeasesACircuit() {
        baseInventory();
        String circuit = """
                {"circuitId":"%1$s-REST","customerCode":"%1$s-C1","type":"FR","status":"IN_SERVICE",
                 "aEnd":{"ne":"%1$s-FR","ifIndex":9},"dlci":500}""".formatted(p);

        Response created = admin().post("/api/v1/circuits", circuit);
        Response duplicate = admin().post("/api/v1/circuits", circuit);
        Response invalid = admin().post("/api/v1/circuits",
                circuit.replace("\"dlci\":500", "\"vrf\":\"X\"").replace("-REST", "-BAD"));
        Response ceased = admin().delete("/api/v1/circuits/" + p + "-REST");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/circuits/" + p + "-REST");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"vrf\"", "\"field\":\"dlci\"");
        assertThat(ceased.status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/circuits/" + p + "-REST").json().get("status").asText()).isEqualTo("CEASED");
        assertThat(admin().get("/api/v1/circuits/NO-SUCH").status()).isEqualTo(404);
    }

    @Test
    void listsArePagedWithTotalCountAndFiltered() {
        demoInventory();

        Response page = admin().get("/api/v1/circuits?type=DDN&offset=1&limit=2");

        assertThat(page.status()).isEqualTo(200);
        assertThat(Integer.parseInt(page.header("X-Total-Count"))).isGreaterThanOrEqualTo(4);
        assertThat(page.header("X-Result-Count")).isEqualTo("2");
        page.json().forEach(c -> assertThat(c.get("type").asText()).isEqualTo("DDN"));
        assertThat(admin().get("/api/v1/circuits?limit=5000").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/circuits?ne=TJ-HX-ATM01").json()).hasSize(3);
        assertThat(admin().get("/api/v1/customers?tier=AAA").json()).extracting(c -> c.get("tier").asText())
                .containsOnly("AAA");
    }

    @Test
    void twoCircuitsAtOnePlaceAreRefusedNamingTheCircuitThatHoldsIt() {
        baseInventory();
        assertThat(admin().postCsv("/api/v1/import/network-elements", """
                name,mgmt_ips,role
                %1$s-ATM,%2$s,ATM_SWITCH
                %1$s-DDN,%3$s,DDN_NODE
                """.formatted(p, address().replaceFirst("^10\\.", "11."), address().replaceFirst("^10\\.", "12.")))
                .status()).isEqualTo(200);
        assertThat(admin().postCsv("/api/v1/import/circuits", """
                circuit_id,customer_code,type,status,a_ne,a_if_index,a_if_name,z_ne,z_if_index,dlci,vpi,vci,e1_line,timeslots
                %1$s-FR-1,%1$s-C1,FR,IN_SERVICE,%1$s-FR,5,Serial1/0/0,,,100,,,,
                %1$s-ATM-1,%1$s-C1,ATM,IN_SERVICE,%1$s-ATM,3,,,,,1,100,,
                %1$s-DDN-1,%1$s-C1,DDN,IN_SERVICE,%1$s-DDN,2,,,,,,,E1-7,1-15
                """.formatted(p)).status()).isEqualTo(200);

        Response sameDlci = admin().postCsv("/api/v1/import/circuits", """
                circuit_id,customer_code,type,status,a_ne,a_if_name,dlci
                %1$s-FR-2,%1$s-C1,FR,IN_SERVICE,%1$s-FR,Serial1/0/0,100
                """.formatted(p));
        Response sameVc = admin().postCsv("/api/v1/import/circuits", """
                circuit_id,customer_code,type,status,a_ne,a_if_index,z_ne,z_if_index,vpi,vci
                %1$s-ATM-2,%1$s-C1,ATM,IN_SERVICE,%1$s-FR,9,%1$s-ATM,3,1,100
                """.formatted(p));
        Response overlappingSlots = admin().postCsv("/api/v1/import/circuits", """
                circuit_id,customer_code,type,status,a_ne,a_if_index,e1_line,timeslots
                %1$s-DDN-2,%1$s-C1,DDN,IN_SERVICE,%1$s-DDN,2,E1-7,15-20
                """.formatted(p));
        Response twiceInOneFile = admin().postCsv("/api/v1/import/circuits", """
                circuit_id,customer_code,type,status,a_ne,a_if_index,dlci
                %1$s-FR-3,%1$s-C1,FR,IN_SERVICE,%1$s-FR,6,200
                %1$s-FR-4,%1$s-C1,FR,IN_SERVICE,%1$s-FR,6,200
                """.formatted(p));
        Response api = admin().post("/api/v1/circuits", """
                {"circuitId":"%1$s-FR-5","customerCode":"%1$s-C1","type":"FR","status":"IN_SERVICE",
                 "aEnd":{"ne":"%1$s-FR","ifIndex":5},"dlci":100}""".formatted(p));

        assertThat(sameDlci.status()).isEqualTo(422);
        assertThat(sameDlci.body()).contains(p + "-FR-1");
        assertThat(sameVc.status()).isEqualTo(422);
        assertThat(sameVc.body()).contains(p + "-ATM-1").contains("z_end");
        assertThat(overlappingSlots.status()).isEqualTo(422);
        assertThat(overlappingSlots.body()).contains(p + "-DDN-1");
        assertThat(twiceInOneFile.status()).isEqualTo(422);
        assertThat(twiceInOneFile.body()).contains(p + "-FR-3");
        assertThat(api.status()).isEqualTo(409);
        assertThat(api.json().get("detail").asText()).contains(p + "-FR-1");
        assertThat(admin().get("/api/v1/circuits?circuitId=" + p + "-FR-").json()).hasSize(1);
        // Beside the held timeslots, and once the holder has ceased, the place is free.
        assertThat(admin().postCsv("/api/v1/import/circuits", """
                circuit_id,customer_code,type,status,a_ne,a_if_index,e1_line,timeslots
                %1$s-DDN-2,%1$s-C1,DDN,IN_SERVICE,%1$s-DDN,2,E1-7,16-20
                """.formatted(p)).status()).isEqualTo(200);
        assertThat(admin().delete("/api/v1/circuits/" + p + "-FR-1").status()).isEqualTo(204);
        assertThat(admin().postCsv("/api/v1/import/circuits", """
                circuit_id,customer_code,type,status,a_ne,a_if_name,dlci
                %1$s-FR-2,%1$s-C1,FR,IN_SERVICE,%1$s-FR,Serial1/0/0,100
                """.formatted(p)).status()).isEqualTo(200);
    }
}
