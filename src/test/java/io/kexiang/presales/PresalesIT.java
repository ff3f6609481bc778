package io.kexiang.presales;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import org.junit.jupiter.api.Test;

/** A pre-sales case (售前) with a resource check as its call activity, to the contract and hand-over; and one without. */
class PresalesIT extends ApplicationIT {

    private static final String CASES = "/api/v1/presales";

    @Test
    void aCaseWhoseProductFitsRunsAResourceCheckAndIsHandedOverOnceContracted() {
        demoInventory();
        for (String department : new String[] {"运行维护部", "网络建设部"}) {
            admin().post("/api/v1/departments", "{\"name\":\"%s\"}".formatted(department));
        }
        Api centre = anonymous().as(staff("NOC_ENGINEER", null), PASSWORD);
        Api operations = anonymous().as(staff("TECH_SPECIALIST", "运行维护部"), PASSWORD);
        Api construction = anonymous().as(staff("TECH_SPECIALIST", "网络建设部"), PASSWORD);
        Api manager = demoPerson("am001");

        Response opened = manager.post(CASES, """
                {"customer": "TJ-C0002", "requirement": "分行新增灾备中心接入，MPLS-VPN 100M",
                 "serviceType": "MPLS_VPN", "bandwidth": "100M", "siteAddress": "天津市西青区灾备中心",
                 "wantedDate": "2027-03-01"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode presales = opened.json();
        String href = opened.headers().getLocation().toString();
        assertThat(presales.get("currentSteps").get(0).asText()).isEqualTo("细化客户接入需求");

        complete(centre, presales.get("number").asText(), "细化客户接入需求", """
                {"requirementDetail": "MPLS-VPN 100M，双上联", "productFits": true}""");
        String check = manager.get(href).json().get("resourceCheck").asText();
        assertThat(check).startsWith("RC-");
        // The resource check runs as its own process, with its own number, tasks and answer.
        complete(centre, check, "细化核查需求", "{\"scope\": \"双上联 100M\"}");
        complete(operations, check, "运行维护部核查现有资源", """
                {"operationsAvailable": true, "operationsAnswer": "西青 PE 有空闲端口"}""");
        complete(construction, check, "网络建设部核查建设需求", """
                {"constructionNeeded": false, "constructionAnswer": "无需新建"}""");
        complete(centre, check, "评估核查结果", "{\"result\": \"qualified\", \"conclusion\": \"满足\"}");
        JsonNode answered = admin().get("/tmf-api/serviceQualificationManagement/v4/checkServiceQualification?limit=50")
                .json();
        boolean found = false;
        for (JsonNode each : answered) {
            if (each.get("number").asText().equals(check)) {
                found = true;
                assertThat(each.get("qualificationResult").asText()).isEqualTo("qualified");
                assertThat(each.get("externalId").asText()).isEqualTo(presales.get("number").asText());
            }
        }
        assertThat(found).isTrue();

        assertThat(manager.get(href).json().get("currentSteps").get(0).asText()).isEqualTo("制定解决方案");
        complete(centre, presales.get("number").asText(), "制定解决方案", """
                {"solution": "双 PE 上联，MPLS-VPN 100M", "complexSolution": false}""");
        complete(manager, presales.get("number").asText(), "签约", """
                {"contracted": true, "contractNumber": "HT-2027-0042"}""");

        JsonNode done = manager.get(href).json();
        assertThat(done.get("outcome").asText()).isEqualTo("handedOver");
        assertThat(done.get("contractNumber").asText()).isEqualTo("HT-2027-0042");
        assertThat(done.get("currentSteps")).isEmpty();
        assertThat(demoPerson("am002").get(href).status()).as("another manager's customer").isEqualTo(404);
    }

    @Test
    void aCaseNoProductFitsGoesToTheDepartmentManagerToDecide() {
        demoInventory();
        Api centre = anonymous().as(staff("NOC_ENGINEER", null), PASSWORD);
        Api head = anonymous().as(staff("DEPT_MANAGER", null), PASSWORD);
        Response opened = centre.post(CASES, """
                {"customer": "TJ-C0003", "requirement": "物联网专网", "serviceType": "OTHER",
                 "siteAddress": "天津市和平区"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String number = opened.json().get("number").asText();

        complete(centre, number, "细化客户接入需求", "{\"requirementDetail\": \"物联网专网\", \"productFits\": false}");
        complete(head, number, "决定开发合作或客户项目", "{\"decision\": \"project\", \"decisionNote\": \"立项\"}");

        assertThat(centre.get(opened.headers().getLocation().toString()).json().get("outcome").asText())
                .isEqualTo("decided");
    }

    @Test
    void aBadCaseIsRefusedFieldByField() {
        Response refused = person("\"NOC_ENGINEER\"").post(CASES, """
                {"customer": "NO-SUCH", "serviceType": "SDH", "wantedDate": "soon"}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("requirement",
                "serviceType", "siteAddress", "wantedDate", "customer");
    }
}
