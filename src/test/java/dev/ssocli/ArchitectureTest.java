package dev.ssocli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the layering of STYLE.md: the emulator shares no code with the product; only cli knows picocli. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ssocli");
    }

    @Test
    void emulatorImportsNoProductPackage() {
        noClasses().that().resideInAPackage("dev.ssocli.emulator..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.ssocli.cli..", "dev.ssocli.runtime..", "dev.ssocli.config..", "dev.ssocli.sso..",
                        "dev.ssocli.cache..", "dev.ssocli.creds..", "dev.ssocli.aws..", "dev.ssocli.output..",
                        "dev.ssocli.fs..", "dev.ssocli.errors..", "dev.ssocli.service..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void productImportsNothingFromTheEmulator() {
        noClasses().that().resideOutsideOfPackage("dev.ssocli.emulator..")
                .should().dependOnClassesThat().resideInAPackage("dev.ssocli.emulator..")
                .check(classes);
    }

    @Test
    void onlyTheCliLayerKnowsPicocli() {
        noClasses().that().resideOutsideOfPackages("dev.ssocli.cli..", "dev.ssocli.emulator..")
                .and().doNotHaveFullyQualifiedName("dev.ssocli.Main")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void nothingImportsTheCliLayer() {
        noClasses().that().resideOutsideOfPackage("dev.ssocli.cli..")
                .and().doNotHaveFullyQualifiedName("dev.ssocli.Main")
                .and().doNotHaveFullyQualifiedName("dev.ssocli.StartupTraining")
                .should().dependOnClassesThat().resideInAPackage("dev.ssocli.cli..")
                .check(classes);
    }
}
