package org.shegong.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Enforces the dependency rules of docs/architecture.md ("Dependency rules") on the compiled main
 * classes of every published module. It lives in {@code examples} because that is the one module
 * whose class path holds them all.
 */
class ArchitectureTest {

  private static final List<String> PUBLISHED =
      List.of(
          "core",
          "validation",
          "serialization",
          "tabular",
          "pipeline",
          "jackson2",
          "spark",
          "testing",
          "cli");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.shegong");
  }

  @Test
  void importsTheMainClassesOfCore() {
    // Guards the other rules against passing vacuously because nothing was imported.
    org.assertj.core.api.Assertions.assertThat(
            classes.stream().filter(c -> c.getPackageName().startsWith("org.shegong.core")))
        .isNotEmpty();
  }

  @Test
  void coreUsesNoFramework() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.shegong.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "com.fasterxml.jackson..",
                "tools.jackson..",
                "org.hibernate..",
                "picocli..",
                "org.assertj..",
                "org.junit..")
            .because("core depends on no framework at run time");
    rule.check(classes);
  }

  @Test
  void coreDependsOnNoOtherShegongModule() {
    noClasses()
        .that()
        .resideInAPackage("org.shegong.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.shegong.validation..",
            "org.shegong.serialization..",
            "org.shegong.testing..",
            "org.shegong.cli..",
            "org.shegong.examples..",
            "org.shegong.benchmarks..")
        .check(classes);
  }

  @Test
  void serializationDoesNotPullInValidation() {
    noClasses()
        .that()
        .resideInAPackage("org.shegong.serialization..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.shegong.validation..",
            "org.hibernate..",
            "jakarta.validation..",
            "org.shegong.cli..")
        .because("a user who only wants JSON must not get Hibernate Validator")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void validationDoesNotUseJacksonOrTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.shegong.validation..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.fasterxml.jackson..",
            "tools.jackson..",
            "org.shegong.serialization..",
            "org.shegong.cli..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void onlyThePipelineFeedsTheBatchRules() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.shegong.pipeline..", "org.shegong.validation..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.shegong.validation.BatchValidation")
        .because("the main job is written once, in shegong-pipeline (docs/architecture.md)")
        .check(classes);
  }

  @Test
  void serializationRunsOnJackson3Only() {
    noClasses()
        .that()
        .resideInAPackage("org.shegong.serialization..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson.core..", "com.fasterxml.jackson.databind..")
        .because(
            "the engine is on Jackson 3 (tools.jackson), which never conflicts with an"
                + " application's Jackson 2; only its annotations package is shared")
        .check(classes);
  }

  @Test
  void tabularReadsThroughSerializationAndValidatesNothing() {
    noClasses()
        .that()
        .resideInAPackage("org.shegong.tabular..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.shegong.validation..",
            "org.hibernate..",
            "org.shegong.pipeline..",
            "org.shegong.cli..",
            "org.shegong.testing..",
            "org.apache.poi..")
        .because(
            "tabular is core + serialization + a streaming xlsx reader/writer + a CSV parser;"
                + " POI is only a second engine in its tests")
        .check(classes);
  }

  @Test
  void onlyTabularTouchesSpreadsheetLibraries() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.shegong.tabular..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.dhatim..", "tools.jackson.dataformat.csv..", "org.apache.poi..")
        .because("ledgers are read and written in one place, shegong-tabular")
        .check(classes);
  }

  @Test
  void thePipelineDoesNotUseTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.shegong.pipeline..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.shegong.cli..", "picocli..", "org.shegong.testing..")
        .check(classes);
  }

  @Test
  void jackson2BindsNothingItselfButGoesThroughSerialization() {
    noClasses()
        .that()
        .resideInAPackage("org.shegong.jackson2..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.shegong.validation..", "org.shegong.cli..", "org.shegong.testing..")
        .check(classes);
    classes()
        .that()
        .resideInAPackage("org.shegong.jackson2.internal..")
        .and()
        .haveSimpleNameEndingWith("Serializers")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.shegong.serialization.internal.Binding")
        .check(classes);
  }

  @Test
  void onlyTheSparkAdapterUsesSparkAndItUsesThePipelinesApis() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.shegong.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
        .because("Spark is provided to shegong-spark only and stays off every other class path")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.shegong.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.shegong.cli..", "picocli..", "org.shegong.testing..")
        .because("the adapter runs the rules of validation and the reader of serialization")
        .check(classes);
    org.assertj.core.api.Assertions.assertThat(
            classes.stream().filter(c -> c.getPackageName().startsWith("org.shegong.spark")))
        .isNotEmpty();
  }

  @Test
  void onlyTheCommandLineUsesPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.shegong.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(classes);
  }

  @Test
  void testingSupportDoesNotDependOnJUnitOutsideItsJUnitPackage() {
    noClasses()
        .that()
        .resideInAPackage("org.shegong.testing..")
        .and()
        .resideOutsideOfPackage("org.shegong.testing.junit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.junit..", "org.shegong.cli..")
        .because(
            "shegong-testing must work in any test runner: JUnit is optional, for"
                + " org.shegong.testing.junit alone")
        .allowEmptyShould(true)
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.shegong.testing..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.shegong.cli..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @ParameterizedTest(name = "nobody outside {0} uses its internal packages")
  @MethodSource("published")
  void noModuleUsesAnotherModulesInternals(String module) {
    String root = "org.shegong." + module;
    // the one exception: serialization exports its binding to the Jackson 2 bridge and to the
    // tabular module, which echoes cells as the binding echoes values (module-info)
    String[] allowed =
        module.equals("serialization")
            ? new String[] {root + "..", "org.shegong.jackson2..", "org.shegong.tabular.."}
            : new String[] {root + ".."};
    noClasses()
        .that()
        .resideOutsideOfPackages(allowed)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".internal..")
        .because("internal packages are not exported (CONTRIBUTING.md)")
        .check(classes);
  }

  @Test
  void publishedModulesDoNotDependOnExamplesOrBenchmarks() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.shegong.examples..", "org.shegong.benchmarks..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.shegong.examples..", "org.shegong.benchmarks..")
        .check(classes);
  }

  static List<String> published() {
    return PUBLISHED;
  }
}
