package io.kexiang.ordering.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kexiang.ordering}: an order's overall time limit by category, in working days (split into its steps by the
 * BPMN's {@code kx:timeShare}); the branch office that works orders naming none; where 报竣 is reported.
 *
 * @param completionUrl the group dispatch system's listener for TMF641 events; none: 报竣 is recorded only
 * @param customerDepartment the group-customer department, whose people are told of every completed order
 */
@ConfigurationProperties("kexiang.ordering")
public record OrderingSettings(Duration intraProvinceTimeLimit, Duration crossProvinceTimeLimit, String defaultBranch,
                               String completionUrl, String customerDepartment) {

    public OrderingSettings {
        intraProvinceTimeLimit = intraProvinceTimeLimit == null ? Duration.ofDays(10) : intraProvinceTimeLimit;
        crossProvinceTimeLimit = crossProvinceTimeLimit == null ? Duration.ofDays(15) : crossProvinceTimeLimit;
        defaultBranch = defaultBranch == null || defaultBranch.isBlank() ? "分公司" : defaultBranch;
        customerDepartment = customerDepartment == null || customerDepartment.isBlank() ? "集团客户部"
                : customerDepartment;
    }

    Duration timeLimit(String category) {
        return "crossProvince".equals(category) ? crossProvinceTimeLimit : intraProvinceTimeLimit;
    }
}
