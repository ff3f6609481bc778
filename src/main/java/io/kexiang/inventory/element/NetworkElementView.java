package io.kexiang.inventory.element;

import io.kexiang.inventory.NetworkElementRole;
import java.time.Instant;
import java.util.List;
import java.util.Set;

record NetworkElementView(String name, Set<String> mgmtIps, String vendor, String model, String site,
                          NetworkElementRole role, String nmsName, List<String> trapCommunities, String status,
                          Instant createdAt,
                          Instant updatedAt) {
}
