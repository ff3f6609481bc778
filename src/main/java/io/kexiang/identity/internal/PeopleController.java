package io.kexiang.identity.internal;

import io.kexiang.identity.Role;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import io.kexiang.shared.web.PageWindow;
import io.kexiang.shared.web.PathKeys;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/people}: staff read, administrators change. Deleting disables: tickets keep their people. */
@RestController
@RequestMapping("/api/v1/people")
@PreAuthorize("hasAuthority('STAFF')")
class PeopleController {

    private final People people;
    private final PersonWriter writer;
    private final Passwords passwords;

    PeopleController(People people, PersonWriter writer, Passwords passwords) {
        this.people = people;
        this.writer = writer;
        this.passwords = passwords;
    }

    @GetMapping
    @Transactional(readOnly = true)
    ResponseEntity<List<PersonView>> list(@RequestParam(required = false) String name,
            @RequestParam(required = false) String department, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
        Specification<Person> filter = PersonFilters.matching(name, department, role);
        Page<Person> page = people.findAll(filter, PageWindow.of(offset, limit).pageable(Sort.by("employeeId")));
        return PageWindow.respond(page, page.map(Person::view).getContent());
    }

    @GetMapping("/{employeeId}")
    @Transactional(readOnly = true)
    PersonView get(@PathVariable String employeeId) {
        return find(employeeId).view();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<PersonView> create(@Valid @RequestBody PersonDraft draft) {
        if (people.findByEmployeeId(draft.employeeId()).isPresent()) {
            throw new ConflictException(Text.of("problem.exists", Text.of("thing.person"), draft.employeeId()));
        }
        writer.upsert(List.of(draft));
        return ResponseEntity.created(URI.create("/api/v1/people/" + draft.employeeId())).body(get(draft.employeeId()));
    }

    @PutMapping("/{employeeId}")
    @PreAuthorize("hasRole('ADMIN')")
    PersonView update(@PathVariable String employeeId, @Valid @RequestBody PersonDraft draft) {
        PathKeys.requireSame("employeeId", employeeId, draft.employeeId());
        find(employeeId);
        writer.upsert(List.of(draft));
        return get(employeeId);
    }

    @DeleteMapping("/{employeeId}")
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    ResponseEntity<Void> disable(@PathVariable String employeeId) {
        writer.enabled(find(employeeId), false);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{employeeId}/password")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> resetPassword(@PathVariable String employeeId, @RequestBody PasswordChange change) {
        passwords.reset(employeeId, change.newPassword());
        return ResponseEntity.noContent().build();
    }

    private Person find(String employeeId) {
        return people.findByEmployeeId(employeeId).orElseThrow(() -> new NotFoundException("person", employeeId));
    }
}
