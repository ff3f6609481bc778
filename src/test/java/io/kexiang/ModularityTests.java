package io.kexiang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(KexiangApplication.class);

    @Test
    void modulesReachEachOtherOnlyThroughTheirApiAndHaveNoCycles() {
        modules.verify();
    }

    /** A new module is a decision, not an accident of a package name: it is added here on purpose. */
    @Test
    void theModulesAreTheOnesTheArchitectureNames() {
        assertThat(modules.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrder("shared", "outbox",
                "hub", "identity", "mib", "inventory", "ingest", "alarm", "ticket", "notification", "cutover", "process",
                "qualification", "ordering", "presales", "kpi", "report", "complaint", "console");
    }

    /**
     * PlantUML diagrams of all modules and of each in target/spring-modulith-docs. (Module canvases need the
     * Javadoc that spring-modulith-apt extracts, which Boot's JSON parser cannot read back for this code base.)
     */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
