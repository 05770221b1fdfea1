package org.shegong.core.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.core.framework.FrameworkRegistry;
import org.shegong.core.framework.FrameworkSlot;
import org.shegong.core.framework.ServiceFramework;

/** Uses the framework API from another package, as an adopter would. */
class FrameworkAdopterUsageTest {

  @Test
  void adopterOutsideThePackageCanCopyAndRegisterABuiltInFramework() {
    FrameworkRegistry registry = FrameworkRegistry.builtIn();
    ServiceFramework deqing = registry.find("1+3+3X+N").orElseThrow();
    FrameworkSlot first = deqing.slots().get(0).withLabel("一个中心").withLabelEn("one centre");

    FrameworkRegistry adopted = registry.with(deqing.withSlot(0, first).withName("德清（采用方）"));

    ServiceFramework found = adopted.find("1+3+3X+N").orElseThrow();
    assertThat(found.slots().get(0).label()).isEqualTo("一个中心");
    assertThat(found.check(List.of(List.of("a"), List.of("b", "c", "d"), List.of(), List.of())))
        .isEmpty();
  }
}
