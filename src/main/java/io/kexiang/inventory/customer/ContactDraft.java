package io.kexiang.inventory.customer;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person on the customer's side (客户联系人) whom the centre calls about faults and cutovers. */
@Embeddable
record ContactDraft(
        @NotBlank @Size(max = 64) String name,
        @Size(max = 64) String title,
        @Size(max = 32) String phone,
        @Size(max = 32) String mobile,
        @Email @Size(max = 254) String email) {
}
