package dev.ssocli;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import dev.ssocli.cli.ExitCodes;
import dev.ssocli.fs.ArchitectureBackEdgeFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the layering the README's design notes describe, top to bottom; a layer may use only the layers below it
 * that are named for it, so any back-edge between two packages fails:
 * <pre>
 *   Main, StartupTraining       the process: streams, environment, exit code
 *   cli                         picocli commands, thin; the one exit-code mapper
 *   configure                   the configure commands' logic: wizards, prompts, get/set/list, populate
 *   service                     service operations (sts, portal) and credential export
 *   creds                       the credential chain
 *   sso                         login flows, token refresh, logout
 *   config, cache               the config document and its typed view; the token/registration/role caches
 *   output -> jmespath          json/text/table/yaml and --query
 *   aws, fs                     SDK clients and endpoints; atomic writes and locks
 *   runtime                     the seams: environment, paths, console and terminal, clock, browser
 *   python, errors              Python-compatible rules; typed failures
 * </pre>
 * The emulator is apart: it imports no product package and no product package imports it.
 */
class ArchitectureTest {
    private static final String[] PRODUCT = {"Main", "Cli", "Configure", "Service", "Creds", "Sso", "Config", "Cache",
            "Output", "JmesPath", "Aws", "Fs", "Runtime", "Python"};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ssocli");
    }

    static LayeredArchitecture layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Main").definedBy("dev.ssocli")
                .layer("Cli").definedBy("dev.ssocli.cli..")
                .layer("Configure").definedBy("dev.ssocli.configure..")
                .layer("Service").definedBy("dev.ssocli.service..")
                .layer("Creds").definedBy("dev.ssocli.creds..")
                .layer("Sso").definedBy("dev.ssocli.sso..")
                .layer("Config").definedBy("dev.ssocli.config..")
                .layer("Cache").definedBy("dev.ssocli.cache..")
                .layer("Output").definedBy("dev.ssocli.output..")
                .layer("JmesPath").definedBy("dev.ssocli.jmespath..")
                .layer("Aws").definedBy("dev.ssocli.aws..")
                .layer("Fs").definedBy("dev.ssocli.fs..")
                .layer("Runtime").definedBy("dev.ssocli.runtime..")
                .layer("Python").definedBy("dev.ssocli.python..")
                .layer("Errors").definedBy("dev.ssocli.errors..")
                .layer("Emulator").definedBy("dev.ssocli.emulator..")
                .whereLayer("Main").mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Configure").mayOnlyBeAccessedByLayers("Main", "Cli")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Main", "Cli", "Configure")
                .whereLayer("Creds").mayOnlyBeAccessedByLayers("Main", "Cli", "Configure", "Service")
                .whereLayer("Sso").mayOnlyBeAccessedByLayers("Main", "Cli", "Configure", "Service", "Creds")
                .whereLayer("Config").mayOnlyBeAccessedByLayers("Main", "Cli", "Configure", "Service", "Creds", "Sso")
                .whereLayer("Cache").mayOnlyBeAccessedByLayers("Main", "Cli", "Configure", "Service", "Creds", "Sso")
                .whereLayer("Output").mayOnlyBeAccessedByLayers("Main", "Cli", "Configure", "Service")
                .whereLayer("JmesPath").mayOnlyBeAccessedByLayers("Output")
                .whereLayer("Aws").mayOnlyBeAccessedByLayers("Main", "Cli", "Configure", "Service", "Creds", "Sso")
                .whereLayer("Fs").mayOnlyBeAccessedByLayers("Main", "Cli", "Configure", "Service", "Creds", "Sso",
                        "Config", "Cache")
                .whereLayer("Runtime").mayOnlyBeAccessedByLayers("Main", "Cli", "Configure", "Service", "Creds",
                        "Sso", "Config", "Cache", "Output", "Aws", "Fs")
                .whereLayer("Python").mayOnlyBeAccessedByLayers("Main", "Cli", "Configure", "Service", "Creds",
                        "Sso", "Config", "Cache", "Output", "JmesPath", "Aws", "Fs", "Runtime")
                .whereLayer("Errors").mayOnlyBeAccessedByLayers(PRODUCT)
                .whereLayer("Emulator").mayNotBeAccessedByAnyLayer();
    }

    @Test
    void layersDependOnlyDownwards() {
        layers().check(classes);
    }

    @Test
    void aBackEdgeFailsTheLayering() {
        JavaClasses withBackEdge = new ClassFileImporter().importClasses(ArchitectureBackEdgeFixture.class,
                ExitCodes.class);
        assertThatThrownBy(() -> layers().withOptionalLayers(true).check(withBackEdge)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Method <dev.ssocli.fs.ArchitectureBackEdgeFixture.code()> calls method "
                        + "<dev.ssocli.cli.ExitCodes.of(java.lang.Throwable)>");
    }

    @Test
    void emulatorImportsNoProductPackage() {
        noClasses().that().resideInAPackage("dev.ssocli.emulator..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ssocli", "dev.ssocli.cli..",
                        "dev.ssocli.configure..", "dev.ssocli.service..", "dev.ssocli.creds..", "dev.ssocli.sso..",
                        "dev.ssocli.config..", "dev.ssocli.cache..", "dev.ssocli.output..", "dev.ssocli.jmespath..",
                        "dev.ssocli.aws..", "dev.ssocli.fs..", "dev.ssocli.runtime..", "dev.ssocli.python..",
                        "dev.ssocli.errors..")
                .check(classes);
    }

    @Test
    void onlyTheCliLayerKnowsPicocli() {
        noClasses().that().resideOutsideOfPackages("dev.ssocli.cli..", "dev.ssocli.emulator..")
                .and().doNotHaveFullyQualifiedName("dev.ssocli.Main")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }
}
