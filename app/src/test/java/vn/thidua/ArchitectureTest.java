package vn.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of README "Code layout", enforced: features depend one way (never in a circle), the
 * engine is touched only by the coordinating {@code workflow} package and the infrastructure that
 * mirrors people into it, and no feature reaches up into {@code workflow}.
 */
class ArchitectureTest {

    private static final String[] FEATURES = {"vn.thidua.organisation..", "vn.thidua.plan..", "vn.thidua.campaign..",
        "vn.thidua.award..", "vn.thidua.document..", "vn.thidua.signing..", "vn.thidua.common.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.thidua");

    @Test
    void featurePackagesNeverDependOnEachOtherInACycle() {
        slices().matching("vn.thidua.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheWorkflowAndIdentityInfrastructureTouchTheEngine() {
        noClasses().that().resideInAPackage("vn.thidua..")
                .and().resideOutsideOfPackages("vn.thidua.workflow..", "vn.thidua.identity..", "vn.thidua.security..",
                        "vn.thidua.demo..")
                .and().doNotHaveSimpleName("ThiDuaApplication")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(classes);
    }

    @Test
    void featuresNeverReachUpIntoTheWorkflowThatDrivesThem() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage("vn.thidua.workflow..", "vn.thidua.demo..")
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
