package io.kexiang.ingest.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnmpTrapReceiverTests {

    @Test
    void theStartUpLogNamesTheUsersAddedThroughTheApiAndNoPassphrase() {
        String line = SnmpTrapReceiver.userNames(
                List.of(new UsmUserSettings("nms-config", "SHA", "config-secret-1", "AES128", "config-secret-2")),
                List.of(new UsmUserSettings("nms-api", "SHA256", "api-secret-11", null, null)));

        assertThat(line).contains("nms-config").contains("nms-api").doesNotContain("secret");
    }
}
