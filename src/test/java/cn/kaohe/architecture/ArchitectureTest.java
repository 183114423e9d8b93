package cn.kaohe.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of docs/adr/0001 (see ../shared/CONVENTIONS.md "Layout"). */
class ArchitectureTest {

    static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.kaohe");
    }

    @Test
    void onlyTheWorkflowModuleTouchesTheProcessEngine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("cn.kaohe.workflow..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.camunda..")
                .because("a later move to another engine (e.g. Operaton) must stay inside one package")
                .check(production);
    }

    @Test
    void entitiesCarryNoBeanValidationConstraints() {
        noClasses()
                .that()
                .areAnnotatedWith("jakarta.persistence.Entity")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.validation..")
                .because(
                        "Hibernate does not validate entities (jakarta.persistence.validation.mode: none, docs/adr/0013):"
                                + " a constraint there would be ignored; domain rules answer with error codes")
                .check(production);
    }

    @Test
    void scoringIsPureJava() {
        classes()
                .that()
                .resideInAPackage("cn.kaohe.scoring..")
                // scoring.model's package-info names it a published interface for Spring Modulith: metadata only
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "cn.kaohe.scoring..", "cn.kaohe.shared..")
                .because("rules are interpreted by plain Java, testable without Spring, JPA or Camunda")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void domainModulesDoNotDependOnTheWorkflowModule() {
        noClasses()
                .that()
                .resideOutsideOfPackages("cn.kaohe.workflow..", "cn.kaohe")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("cn.kaohe.workflow..")
                .because("modules declare ports that workflow implements, never the other way round")
                .check(production);
    }

    @Test
    void sharedDependsOnNoFeatureModule() {
        classes()
                .that()
                .resideInAPackage("cn.kaohe.shared..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "cn.kaohe.shared..", "com.fasterxml.jackson..")
                .check(production);
    }
}
