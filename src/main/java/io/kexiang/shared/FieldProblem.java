package io.kexiang.shared;




/**
 * One invalid value: where it is ({@code line} is set for uploaded files, 1 = header row), which field or
 * column, the value as received and why it was refused, said in the reply's language when it is answered.
 */
public record FieldProblem(Integer line, String field, String value, Text reason) {

    public static FieldProblem of(String field, Object value, Text reason) {
        return new FieldProblem(null, field, value == null ? null : String.valueOf(value), reason);
    }
}
