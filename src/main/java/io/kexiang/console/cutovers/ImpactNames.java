package io.kexiang.console.cutovers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The account managers a plan's impact tells, as a planner knows them: by name, their employee id beside it
 * (孙海燕（am002）); the API's impact lists the ids alone.
 */
@Component("impactNames")
public class ImpactNames {

    /** Each account manager of the impact's customers once, in the customers' order. */
    public String managers(Map<String, Object> impact) {
        Set<String> names = new LinkedHashSet<>();
        if (impact != null && impact.get("customers") instanceof List<?> customers) {
            for (Object customer : customers) {
                if (customer instanceof Map<?, ?> each && each.get("accountManager") instanceof Map<?, ?> manager) {
                    Object name = manager.get("name");
                    Object id = manager.get("employeeId");
                    names.add(name == null ? String.valueOf(id) : name + "（" + id + "）");
                }
            }
        }
        return String.join("、", names);
    }
}
