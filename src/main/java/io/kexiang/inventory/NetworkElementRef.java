package io.kexiang.inventory;

import java.util.List;

/** @param trapCommunities SNMPv1/v2c communities accepted from this element only; empty: the receiver's own list */
public record NetworkElementRef(String name, NetworkElementRole role, String vendor, String site, String nmsName,
                                List<String> trapCommunities) {
}
