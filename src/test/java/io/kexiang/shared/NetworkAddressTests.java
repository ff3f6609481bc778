package io.kexiang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkAddressTests {

    @Test
    void literalsAreCanonicalAndHostNamesAreNeverLookedUp() {
        assertThat(NetworkAddress.canonical(" 10.1.2.3 ")).contains("10.1.2.3");
        assertThat(NetworkAddress.canonical("2001:DB8::1")).contains("2001:db8:0:0:0:0:0:1");
        assertThat(NetworkAddress.canonical("256.1.1.1")).isEmpty();
        assertThat(NetworkAddress.canonical("localhost")).isEmpty();
        assertThat(NetworkAddress.canonical("10.1.2")).isEmpty();
    }
}
