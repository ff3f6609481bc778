package io.kexiang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every POST, PUT and PATCH endpoint the application maps, found from its handler mappings (so a new endpoint is
 * walked too), sent bad bodies as an administrator: over-long strings, wrong types, unknown enum values, a body
 * too large. Each answer is a 4xx problem detail, never a 5xx, and nothing is stored.
 */
class EveryWriteEndpointIT extends ApplicationIT {

    private static final String LONG = "长".repeat(5_000);
    private static final List<String> TABLES = List.of("person", "department", "api_token", "network_element",
            "group_customer", "circuit", "raw_event", "alarm", "alarm_comment", "trouble_ticket", "ticket_note",
            "cutover_plan", "cutover_notice", "snmp_user", "hub_subscription", "cutover_reject_reason");
    /** Field names the API uses, each given a value it cannot take. */
    private static final String WRONG_EVERYTHING = """
            {"name":"%1$s","title":"%1$s","description":"%1$s","employeeId":"%1$s","customerCode":"%1$s",
             "circuitId":"%1$s","networkElement":"%1$s","reason":"%1$s","note":"%1$s","comment":"%1$s",
             "callback":"%1$s","newPassword":"%1$s","currentPassword":"%1$s","alarmDetails":"%1$s",
             "probableCause":"%1$s","sourceSystemId":"%1$s","externalAlarmId":"%1$s",
             "status":"nanana","state":"nanana","tier":"nanana","type":"nanana","role":"nanana",
             "roles":["nanana"],"severity":"nanana","perceivedSeverity":"nanana","alarmType":"nanana",
             "ackState":"maybe","ticketType":{"x":1},"priority":"nanana","riskLevel":"nanana",
             "authProtocol":"nanana","privProtocol":"nanana","authPassphrase":1,"windowStart":"yesterday",
             "windowEnd":"tomorrow","emergency":"yes","isRootCause":1,"mgmtIps":"not-a-list",
             "bandwidthKbps":"fast","dlci":99999,"vpi":-1,"vci":"x","aEnd":"nowhere","scope":"everything",
             "relatedEntity":"x","relatedParty":5,"alarmedObject":"x","alarmPattern":"x","resource":[1]}"""
            .formatted(LONG);
    private static final String HUGE = "{\"name\":\"" + "x".repeat(1024 * 1024 + 1024) + "\"}";
    private static final Set<Integer> ANSWERS = Set.of(400, 403, 404, 405, 409, 413, 415, 422);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyWriteEndpointAnswersBadInputWithA4xxProblemDetailAndStoresNothing() {
        demoInventory();
        Map<String, Long> before = counts();
        List<String> endpoints = writeEndpoints();
        assertThat(endpoints).as("the walk finds the API's writes").hasSizeGreaterThan(20);

        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (String body : List.of(WRONG_EVERYTHING, "[1,2,3]", "\"text\"", "{\"a\":", HUGE)) {
                Response response = switch (method) {
                    case "POST" -> admin().post(path, body);
                    case "PUT" -> admin().put(path, body);
                    default -> admin().patch(path, body);
                };
                boolean problem = response.header("Content-Type") != null
                        && response.header("Content-Type").startsWith("application/problem+json");
                if (!ANSWERS.contains(response.status()) || !problem) {
                    wrong.add(endpoint + " with " + body.substring(0, Math.min(30, body.length())) + "… answered "
                            + response.status() + " " + response.body().substring(0,
                            Math.min(300, response.body().length())));
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    /**
     * "POST /api/v1/people": the writes that read a body (an action such as a reload takes none and ignores one),
     * with path variables filled by values that name nothing.
     */
    private List<String> writeEndpoints() {
        List<String> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (java.util.Arrays.stream(method.getMethodParameters())
                    .noneMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class))) {
                return;
            }
            for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                if (verb == RequestMethod.POST || verb == RequestMethod.PUT || verb == RequestMethod.PATCH) {
                    for (String pattern : info.getPatternValues()) {
                        if (!pattern.startsWith("/links/")) {
                            endpoints.add(verb + " " + pattern.replaceAll("\\{[^}]*(?i:id|number)[^}]*}", "987654321")
                                    .replaceAll("\\{[^}]+}", "NO-SUCH-KEY"));
                        }
                    }
                }
            }
        });
        return endpoints.stream().distinct().sorted().toList();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
