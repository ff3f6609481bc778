package io.kexiang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.kexiang.alarm.AlarmAcknowledged;
import io.kexiang.alarm.AlarmChanged;
import io.kexiang.alarm.AlarmCleared;
import io.kexiang.alarm.AlarmRaised;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RestController;

/** House rules from STYLE.md that the compiler does not check. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.kexiang");

    /** Camel is at the two edges where routes are: feeds coming in, messages going out (the outbox's channels). */
    @Test
    void camelTypesStopAtTheFeedsAndTheChannels() {
        noClasses().that().resideOutsideOfPackages("io.kexiang.ingest..", "io.kexiang.outbox..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..")
                .check(classes);
    }

    /** Within a module too, packages depend one way: a cycle means two packages are one, or one is in the wrong room. */
    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.kexiang.(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * The intake announces thousands of alarm changes in one transaction. A transactional listener of them would
     * make Spring Modulith store a publication per change and per listener: the console's first board feed did, and
     * the benchmark's warm-up went from 1.5 s to 55 s behind. Listen with {@code @EventListener} and gather per
     * transaction (AlarmCandidates, BoardFeed).
     */
    @Test
    void alarmChangesAreNotListenedToTransactionally() {
        noMethods().that().areAnnotatedWith(TransactionalEventListener.class)
                .or().areAnnotatedWith(ApplicationModuleListener.class)
                .should().haveRawParameterTypes(AlarmRaised.class).orShould().haveRawParameterTypes(AlarmChanged.class)
                .orShould().haveRawParameterTypes(AlarmCleared.class)
                .orShould().haveRawParameterTypes(AlarmAcknowledged.class)
                .orShould().haveRawParameterTypes(io.kexiang.alarm.AlarmRowsUpdated.class)
                .check(classes);
    }

    /** A controller translates HTTP to a call and back; the SQL is in its module's store classes. */
    @Test
    void controllersHoldNoSql() {
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .check(classes);
    }

    @Test
    void snmp4jTypesStopAtIngest() {
        noClasses().that().resideOutsideOfPackage("io.kexiang.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.snmp4j..")
                .check(classes);
    }

    @Test
    void businessRulesDoNotDependOnSpringCamelOrPersistence() {
        noClasses().that().haveSimpleNameEndingWith("Policy")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..",
                        "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void nothingIsCalledManagerHelperUtilOrImpl() {
        noClasses().should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Impl")
                .check(classes);
    }
}
