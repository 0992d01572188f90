package vn.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Domain code stays free of the engine: only process adapters, identity, security and demo touch it. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.thidua");

    @Test
    void onlyProcessAdaptersTouchTheEngine() {
        noClasses().that().resideInAPackage("vn.thidua..")
                .and().resideOutsideOfPackages("..process..", "vn.thidua.identity..", "vn.thidua.security..", "vn.thidua.demo..")
                .and().doNotHaveSimpleName("ThiDuaApplication")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(classes);
    }

    @Test
    void theDocumentEngineAndSigningKnowNothingOfPlansOrProcesses() {
        noClasses().that().resideInAnyPackage("vn.thidua.document.render..", "vn.thidua.signing..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.thidua.plan..", "vn.thidua.campaign..",
                        "vn.thidua.award..", "org.camunda..")
                .check(classes);
    }
}
