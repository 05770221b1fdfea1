package org.shegong.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI depends on shegong-testing with AssertJ excluded, and downstream suites may use any
 * runner: only the assertions package may touch AssertJ, and only the junit package JUnit.
 */
class PackageDependencyTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.shegong.testing");

  @Test
  void importsTheMainClasses() {
    assertThat(MAIN.stream().map(c -> c.getPackageName()).distinct())
        .contains(
            "org.shegong.testing.sample",
            "org.shegong.testing.mutation",
            "org.shegong.testing.assertions",
            "org.shegong.testing.junit",
            "org.shegong.testing.internal");
  }

  @Test
  void onlyTheAssertionsPackageUsesAssertJ() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.shegong.testing.assertions..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.assertj..")
        .check(MAIN);
  }

  @Test
  void onlyTheJUnitPackageUsesJUnit() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.shegong.testing.junit..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.junit..")
        .check(MAIN);
  }

  @Test
  void sampleDataDoesNotDependOnMutationsOrAssertions() {
    noClasses()
        .that()
        .resideInAPackage("org.shegong.testing.sample..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.shegong.testing.mutation..", "org.shegong.testing.assertions..")
        .check(MAIN);
  }
}
