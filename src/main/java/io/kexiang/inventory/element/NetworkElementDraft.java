package io.kexiang.inventory.element;

import io.kexiang.inventory.NetworkElementRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A network element as created or updated through the API or a CSV row; upserted by {@code name}.
 *
 * @param trapCommunities SNMPv1/v2c communities accepted from this element only; empty: the receiver's own list
 */
record NetworkElementDraft(
        @NotBlank @Size(max = 128) String name,
        @NotEmpty List<@NotBlank String> mgmtIps,
        @Size(max = 64) String vendor,
        @Size(max = 64) String model,
        @Size(max = 128) String site,
        @NotNull NetworkElementRole role,
        @Size(max = 128) String nmsName,
        @Size(max = 16) List<@Pattern(regexp = "[^\\s,;]{1,64}", message = "{kexiang.validation.nmsName}")
                String> trapCommunities) {

    List<String> communities() {
        return trapCommunities == null ? List.of() : trapCommunities;
    }
}
