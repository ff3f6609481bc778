package io.kexiang.process.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.process.WorkCases;
import io.kexiang.process.engine.KexiangBpmn;
import io.kexiang.process.TaskDesk.FormField;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FormProperty;
import org.flowable.bpmn.model.FormValue;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.flowable.task.api.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A task's form as its BPMN declares it ({@code flowable:formProperty}), and the values a person submits checked
 * against it: every problem is named at once, by field, and nothing reaches the engine until all are right.
 */
@Component
class TaskForms {

    static final int MAX_TEXT = 4000;
    /** The task-local variable holding what the step's form recorded (see {@link #record}). */
    static final String RECORDED = "kx.recorded";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RepositoryService repository;
    private final ZoneId zone;

    TaskForms(RepositoryService repository, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.repository = repository;
        this.zone = zone;
    }

    List<FormField> of(Task task) {
        return of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    }

    /** The form of a step of a process version, open or long finished. */
    List<FormField> of(String processDefinitionId, String taskDefinitionKey) {
        List<FormField> fields = new ArrayList<>();
        for (FormProperty property : properties(processDefinitionId, taskDefinitionKey)) {
            Map<String, String> values = new LinkedHashMap<>();
            for (FormValue value : property.getFormValues()) {
                values.put(value.getId(), value.getName());
            }
            fields.add(new FormField(property.getId(), property.getName(), type(property), property.isRequired(),
                    values));
        }
        return fields;
    }

    /** The submitted values as the engine's variables: Boolean, Long, String, Date. */
    Map<String, Object> variables(Task task, Map<String, Object> submitted) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> variables = new LinkedHashMap<>();
        List<FormProperty> properties = properties(task);
        List<String> known = properties.stream().map(FormProperty::getId).toList();
        submitted.keySet().stream().filter(name -> !known.contains(name)).sorted().forEach(name -> problems.add(
                FieldProblem.of(name, submitted.get(name), Text.of("process.unknownField", String.join(", ", known)))));
        for (FormProperty property : properties) {
            Object value = submitted.get(property.getId());
            if (value == null || value instanceof String text && text.isBlank()) {
                if (property.isRequired()) {
                    problems.add(FieldProblem.of(property.getId(), null, Text.of("problem.required")));
                }
                continue;
            }
            Object converted = convert(property, value);
            if (converted == null) {
                problems.add(FieldProblem.of(property.getId(), value, problem(property)));
            } else {
                variables.put(property.getVariable() == null ? property.getId() : property.getVariable(), converted);
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return variables;
    }

    private Object convert(FormProperty property, Object value) {
        return switch (type(property)) {
            case "boolean" -> value instanceof Boolean yes ? yes
                    : "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
            case "long" -> value instanceof Number number && number.doubleValue() == number.longValue()
                    ? Long.valueOf(number.longValue()) : parseLong(value);
            case "enum" -> property.getFormValues().stream().map(FormValue::getId).filter(value::equals)
                    .findFirst().orElse(null);
            case "date" -> date(value);
            default -> value instanceof String text && text.length() <= MAX_TEXT ? text : null;
        };
    }

    private Text problem(FormProperty property) {
        return switch (type(property)) {
            case "boolean" -> Text.of("process.boolean");
            case "long" -> Text.of("process.whole");
            case "enum" -> Text.oneOf(property.getFormValues().stream().map(FormValue::getId).toList());
            case "date" -> Text.of("problem.dateTime");
            default -> Text.of("process.text", MAX_TEXT);
        };
    }

    private static Long parseLong(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code 2026-12-20} (the start of that day in the centre's zone) or a date and time with its offset. */
    private Date date(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return text.length() == 10 ? Date.from(LocalDate.parse(text).atStartOfDay(zone).toInstant())
                    : Date.from(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code kx:approval="true"} on the user task: it decides on others' work, listed under 待审批. */
    boolean approval(Task task) {
        return flag(task, "approval");
    }

    /** {@code kx:requiresAttachment="true"} on the user task: completed only with a file attached. */
    boolean requiresAttachment(Task task) {
        return flag(task, "requiresAttachment");
    }

    /** A {@code kx:} attribute of the task's BPMN element that is {@code "true"}. */
    private boolean flag(Task task, String name) {
        return KexiangBpmn.flag(userTask(task), name);
    }

    private static String type(FormProperty property) {
        return property.getType() == null ? "string" : property.getType();
    }

    private List<FormProperty> properties(Task task) {
        return properties(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    }

    private List<FormProperty> properties(String processDefinitionId, String taskDefinitionKey) {
        UserTask userTask = userTask(processDefinitionId, taskDefinitionKey);
        return userTask == null ? List.of() : userTask.getFormProperties();
    }

    /**
     * What a completed form recorded, kept with the step (the process's variables hold only the latest values: a
     * completion form sent back and resubmitted would show its second text for both): field id → value as shown,
     * dates as days in the centre's zone.
     */
    String record(Map<String, Object> variables, List<FormField> form) throws JsonProcessingException {
        Map<String, String> recorded = new LinkedHashMap<>();
        for (FormField field : form) {
            Object value = variables.get(field.id());
            if (value instanceof Date date) {
                recorded.put(field.id(), LocalDate.ofInstant(date.toInstant(), zone).toString());
            } else if (value != null) {
                recorded.put(field.id(), value.toString());
            }
        }
        return JSON.writeValueAsString(recorded);
    }

    /** A step's record read back under its form's labels, enum values as theirs; fields no longer in the form last. */
    List<WorkCases.Entry> recorded(String processDefinitionId, String taskDefinitionKey, String record) {
        if (record == null) {
            return List.of();
        }
        Map<String, String> values;
        try {
            values = JSON.readValue(record, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
        List<WorkCases.Entry> entries = new ArrayList<>();
        for (FormField field : of(processDefinitionId, taskDefinitionKey)) {
            String value = values.remove(field.id());
            if (value != null) {
                entries.add(new WorkCases.Entry(field.id(), field.name(), field.type(),
                        field.values().getOrDefault(value, value)));
            }
        }
        values.forEach((id, value) -> entries.add(new WorkCases.Entry(id, id, "string", value)));
        return entries;
    }

    /** A step's element in its process version's BPMN (cached by the engine), or null when not a user task. */
    private UserTask userTask(Task task) {
        return userTask(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    }

    private UserTask userTask(String processDefinitionId, String taskDefinitionKey) {
        BpmnModel model = repository.getBpmnModel(processDefinitionId);
        return model.getFlowElement(taskDefinitionKey) instanceof UserTask userTask ? userTask : null;
    }
}
