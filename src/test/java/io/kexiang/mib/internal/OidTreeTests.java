package io.kexiang.mib.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OidTreeTests {

    @Test
    void anOidIsReadArcByArcWithOrWithoutItsLeadingDot() {
        assertThat(OidTree.parse("1.3.6.1.2.1.2.2.1.8.5")).containsExactly(1, 3, 6, 1, 2, 1, 2, 2, 1, 8, 5);
        assertThat(OidTree.parse(".1.3.6")).containsExactly(1, 3, 6);
        assertThat(OidTree.parse("0")).containsExactly(0);
        assertThat(OidTree.parse("1.4294967295")).as("an arc is unsigned 32 bits").containsExactly(1, -1);
    }

    @Test
    void whatIsNotAnOidIsNull() {
        for (String notAnOid : new String[] {"", ".", "1..3", "1.3.", "not.an.oid", "1.-3", "1.4294967296", "1 .3",
            "1.3.6a"}) {
            assertThat(OidTree.parse(notAnOid)).as(notAnOid).isNull();
        }
    }
}
