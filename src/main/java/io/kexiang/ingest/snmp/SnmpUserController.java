package io.kexiang.ingest.snmp;

import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
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

    record UserView(String name, String authProtocol, String privProtocol, String source, Instant createdAt,
                    String createdBy) {
    }

    private final SnmpUserStore store;
    private final SnmpTrapReceiver receiver;
    private final SnmpSettings settings;
    private final Clock clock;

    SnmpUserController(SnmpUserStore store, SnmpTrapReceiver receiver, SnmpSettings settings, Clock clock) {
        this.store = store;
        this.receiver = receiver;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    List<UserView> list() {
        List<UserView> views = new ArrayList<>();
        settings.users().forEach(user -> views.add(new UserView(user.name(), user.authProtocol(),
                user.privProtocol(), "configuration", null, null)));
        store.list().forEach(user -> views.add(new UserView(user.name(), user.authProtocol(), user.privProtocol(),
                "api", user.createdAt(), user.createdBy())));
        return views;
    }

    @PutMapping("/{name}")
    @Transactional
    ResponseEntity<UserView> put(@PathVariable String name, @RequestBody UserInput input, Principal caller) {
        if (!name.matches("[A-Za-z0-9._-]{1,32}")) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("name", name,
                    Text.of("snmp.userName"))));
        }
        if (settings.users().stream().anyMatch(user -> user.name().equals(name))) {
            throw new ConflictException(Text.of("snmp.userConfigured", name));
        }
        UsmUserSettings user = new UsmUserSettings(name, blankToNull(input.authProtocol()), input.authPassphrase(),
                blankToNull(input.privProtocol()), input.privPassphrase());
        Text problem = UsmUsers.problem(user);
        if (problem != null) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("user", name, problem)));
        }
        boolean created = store.save(user, caller.getName(), clock.instant());
        receiver.putUser(user);
        UserView view = new UserView(name, user.authProtocol(), user.privProtocol(), "api", clock.instant(),
                caller.getName());
        return created ? ResponseEntity.status(201).body(view) : ResponseEntity.ok(view);
    }

    @DeleteMapping("/{name}")
    @Transactional
    ResponseEntity<Void> delete(@PathVariable String name) {
        if (!store.delete(name)) {
            throw new NotFoundException("snmpUser", name);
        }
        receiver.removeUser(name);
        return ResponseEntity.noContent().build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
