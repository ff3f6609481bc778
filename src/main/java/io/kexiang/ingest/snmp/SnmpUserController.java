package io.kexiang.ingest.snmp;

import io.kexiang.ingest.SnmpAccess;
import io.kexiang.shared.Blank;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/snmp-users}: SNMPv3 users the receiver accepts, added, changed and removed without a restart.
 * Passphrases go in and never come out; users of the configuration are listed but changed only there.
 */
@RestController
@RequestMapping("/api/v1/snmp-users")
@PreAuthorize("hasRole('ADMIN')")
class SnmpUserController {

    /** The body of a PUT: protocols as in the configuration; leave both out for noAuthNoPriv. */
    record UserInput(String authProtocol, String authPassphrase, String privProtocol, String privPassphrase) {

        @Override
        public String toString() {
            return "UserInput[auth=" + authProtocol + ", priv=" + privProtocol + ", passphrases=****]";
        }
    }

    private final SnmpAccess access;
    private final Clock clock;

    SnmpUserController(SnmpAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    List<SnmpAccess.User> list() {
        return access.users();
    }

    @PutMapping("/{name}")
    ResponseEntity<SnmpAccess.User> put(@PathVariable String name, @RequestBody UserInput input, Principal caller) {
        boolean created = access.put(name, input.authProtocol(), input.authPassphrase(), input.privProtocol(),
                input.privPassphrase(), caller.getName());
        SnmpAccess.User view = new SnmpAccess.User(name, Blank.toNull(input.authProtocol()),
                Blank.toNull(input.privProtocol()), "api", clock.instant(), caller.getName());
        return created ? ResponseEntity.status(201).body(view) : ResponseEntity.ok(view);
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@PathVariable String name) {
        access.remove(name);
        return ResponseEntity.noContent().build();
    }
}
