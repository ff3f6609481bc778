package io.kexiang.alarm.tmf;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.alarm.store.Alarm;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.domain.Specification;

/**
 * A task's {@code alarmPattern}: an alarm matches when all the attributes of any one pattern equal its own. Each
 * pattern is read as the same attribute filters as the alarm list takes, so the two cannot disagree.
 */
final class AlarmPatterns {

    private AlarmPatterns() {
    }

    static Specification<Alarm> of(JsonNode patterns) {
        if (patterns == null || !patterns.isArray() || patterns.isEmpty()) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("alarmPattern", null,
                    Text.of("alarm.patternRequired"))));
        }
        Specification<Alarm> any = null;
        for (int i = 0; i < patterns.size(); i++) {
            JsonNode pattern = patterns.get(i);
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = pattern.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("alarmedObject") && field.getValue().has("id")) {
                    attributes.put("alarmedObject.id", field.getValue().get("id").asText());
                } else if (field.getValue().isValueNode()) {
                    attributes.put(field.getKey(), field.getValue().asText());
                } else {
                    throw InvalidInputException.badRequest(List.of(FieldProblem.of("alarmPattern[" + i + "]."
                            + field.getKey(), field.getValue().toString(), Text.of("alarm.patternPlainValues"))));
                }
            }
            if (attributes.isEmpty()) {
                throw InvalidInputException.badRequest(List.of(FieldProblem.of("alarmPattern[" + i + "]", "{}",
                        Text.of("alarm.patternEmpty"))));
            }
            Specification<Alarm> one = AlarmQuery.of(attributes);
            any = any == null ? one : any.or(one);
        }
        return any;
    }
}
