package io.kexiang.hub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.shared.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which callbacks the hub may call: public ones, and internal ones only when the operator lists them. */
class CallbackAddressesTests {

    private final CallbackAddresses none = new CallbackAddresses(new HubSettings(List.of()));
    private final CallbackAddresses listed = new CallbackAddresses(new HubSettings(List.of("10.20.0.0/16",
            "oss.internal.example", "*.noc.example", "127.0.0.1")));

    @Test
    void loopbackLinkLocalPrivateSharedAndUnspecifiedAddressesAreRefusedUnlessListed() {
        for (String url : List.of("http://127.0.0.1:8080/actuator", "http://localhost/x", "http://[::1]/x",
                "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/cb", "http://172.16.3.4/cb",
                "http://192.168.1.1/cb", "http://100.64.0.1/cb", "http://0.0.0.0/cb", "http://[fd00::1]/cb",
                "http://[fe80::1]/cb")) {
            assertThat(none.refusal(url)).as(url).get().extracting(Text::code).isEqualTo("hub.callbackInternal");
        }
    }

    @Test
    void publicAddressesAreAllowedAndListedOnesEvenWhenInternal() {
        assertThat(none.refusal("https://203.0.113.10/tmf/listener")).isEmpty();
        assertThat(listed.refusal("http://10.20.3.4:9000/listener")).isEmpty();
        assertThat(listed.refusal("http://127.0.0.1:9000/listener")).isEmpty();
        assertThat(listed.refusal("http://10.21.0.1/listener")).as("outside the block").isPresent();
        assertThat(listed.refusal("http://oss.internal.example/cb")).as("listed by name, never resolved").isEmpty();
        assertThat(listed.refusal("http://a.noc.example/cb")).isEmpty();
    }

    @Test
    void onlyAbsoluteHttpUrlsAreCallbacks() {
        for (String url : List.of("ftp://203.0.113.10/x", "/relative", "mailto:x@example.com", "http//broken", "")) {
            assertThat(none.refusal(url)).as(url).get().extracting(Text::code).isEqualTo("hub.callbackUrl");
        }
    }
}
