package io.kexiang.inventory.customer;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.PersonRef;
import io.kexiang.identity.Role;
import io.kexiang.shared.ServiceTier;
import io.kexiang.shared.Text;
import io.kexiang.shared.csv.CsvImportKind;
import io.kexiang.shared.csv.CsvRow;
import io.kexiang.shared.csv.DraftProblems;
import io.kexiang.shared.csv.ImportCounts;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code customer_code,name,tier,industry,account_manager_employee_id}. The account manager must be a person
 * with the ACCOUNT_MANAGER role: notices about the customer's circuits go to them.
 */
@Component
class CustomerImport implements CsvImportKind<CustomerDraft> {

    private final CustomerWriter writer;
    private final PersonDirectory people;

    CustomerImport(CustomerWriter writer, PersonDirectory people) {
        this.writer = writer;
        this.people = people;
    }

    @Override
    public String name() {
        return "customers";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("customer_code", "name", "tier");
    }

    @Override
    public Set<String> optionalColumns() {
        return Set.of("industry", "account_manager_employee_id");
    }

    @Override
    public CustomerDraft parse(CsvRow row, DraftProblems problems, int index) {
        return new CustomerDraft(row.text("customer_code"), row.text("name"),
                row.enumValue("tier", ServiceTier.class, problems, index), row.text("industry"),
                row.text("account_manager_employee_id"), null);
    }

    @Override
    public void check(List<CustomerDraft> drafts, DraftProblems problems) {
        Map<String, PersonRef> managers = people.byEmployeeIds(drafts.stream()
                .map(CustomerDraft::accountManagerEmployeeId).filter(Objects::nonNull).distinct().toList());
        problems.requireUnique(drafts, CustomerDraft::customerCode, "customerCode");
        for (int i = 0; i < drafts.size(); i++) {
            CustomerDraft draft = drafts.get(i);
            String managerId = draft.accountManagerEmployeeId();
            if (managerId == null) {
                continue;
            }
            PersonRef manager = managers.get(managerId);
            if (manager == null) {
                problems.add(i, "accountManagerEmployeeId", managerId, Text.of("inventory.noSuchPerson"));
            } else if (!manager.roles().contains(Role.ACCOUNT_MANAGER)) {
                problems.add(i, "accountManagerEmployeeId", managerId,
                        Text.of("inventory.notAccountManager", manager.name()));
            }
        }
    }

    @Override
    public ImportCounts write(List<CustomerDraft> drafts) {
        return writer.upsert(drafts);
    }
}
