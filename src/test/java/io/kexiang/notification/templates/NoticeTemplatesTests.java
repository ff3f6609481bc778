package io.kexiang.notification.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.notification.NoticeTemplates.Rendered;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeTemplatesTests {

    private static final Map<String, Object> CUSTOMER = Map.of("name", "天津港集团", "code", "TJ-PORT", "tier", "AA",
            "circuits", List.of(Map.of("circuitId", "DDN-0001", "impact", "interruption", "circuitType", "DDN"),
                    new java.util.HashMap<>(Map.of("circuitId", "FR-0002", "impact", "degraded", "circuitType",
                            "FRAME_RELAY", "durationMinutes", 5))));
    private static final Map<String, Object> VARIABLES = Map.of("plan", Map.of("title", "核心PE板卡更换", "number",
            "GJ-20261210-01"), "windowStart", "2026-12-11 00:00", "windowEnd", "2026-12-11 04:00", "customer",
            CUSTOMER);

    @Test
    void theCustomerTextListsEachCircuitWithItsImpactInChineseByDefault() {
        Rendered text = new ThymeleafNoticeTemplates("").render("cutover-customer", "zh-CN", VARIABLES);
        assertThat(text.subject()).isEqualTo("尊敬的天津港集团：");
        assertThat(text.text()).contains("2026-12-11 00:00 至 2026-12-11 04:00", "DDN-0001：业务中断",
                "FR-0002：质量可能下降，约 5 分钟");
    }

    @Test
    void englishOnRequest() {
        Rendered text = new ThymeleafNoticeTemplates("").render("cutover-customer", "en", VARIABLES);
        assertThat(text.text()).contains("DDN-0001: interrupted", "FR-0002: may be degraded for about 5 minutes");
    }

    @Test
    void anOperatorsEditedCopyWinsOverTheShippedTemplate(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("cutover-customer.zh-CN.txt"), "致[(${customer.name})]\n改过的正文\n");
        Rendered text = new ThymeleafNoticeTemplates(folder.toString()).render("cutover-customer", "zh-CN",
                VARIABLES);
        assertThat(text.subject()).isEqualTo("致天津港集团");
        assertThat(text.text()).isEqualTo("改过的正文\n");
    }
}
