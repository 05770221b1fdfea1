package org.shegong.testing.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.core.issue.Report;

/** AssertJ is optional: without it, the assertions say so instead of failing obscurely. */
class WithoutAssertJTest {

  @Test
  void withoutAssertJTheFirstCallFailsWithAnErrorThatNamesTheMissingDependency() throws Exception {
    URL testing = ShegongAssertions.class.getProtectionDomain().getCodeSource().getLocation();
    URL core = Report.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader withoutAssertJ =
        new URLClassLoader(new URL[] {testing, core}, ClassLoader.getPlatformClassLoader())) {
      // a call of any assertion first initializes ShegongAssertions (reflection would resolve
      // the return types first, which a compiled call does not)
      Throwable thrown =
          catchThrowable(
              () -> Class.forName(ShegongAssertions.class.getName(), true, withoutAssertJ));

      assertThat(thrown)
          .isInstanceOf(NoClassDefFoundError.class)
          .hasMessageContaining("org.assertj:assertj-core")
          .hasMessageContaining("optional dependency of shegong-testing");
    }
  }

  @Test
  void withAssertJTheAssertionsWork() {
    ShegongAssertions.assertThatIssues(List.of()).hasNoErrors();
  }
}
