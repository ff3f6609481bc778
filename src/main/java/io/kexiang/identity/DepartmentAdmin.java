package io.kexiang.identity;

import java.util.List;
import java.util.Map;

/** Departments (部门) for the console's administration and {@code /api/v1/departments}: the list, and a new one. */
public interface DepartmentAdmin {

    /** Every department by name, with its parent's name and how many people are in it. */
    List<Map<String, Object>> departments();

    /**
     * A new department, under {@code parent} when one is named.
     *
     * @return the new department's id
     * @throws io.kexiang.shared.InvalidInputException when the name is blank or too long, or the parent unknown
     * @throws io.kexiang.shared.ConflictException when a department of that name exists
     */
    long create(String name, String parent);
}
