package org.shegong.core.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.core.code.ServiceDomain;

class FrameworkRegistryTest {

  private final FrameworkRegistry builtIn = FrameworkRegistry.builtIn();

  @Test
  void builtInHoldsTheThreeKnownFrameworksInOrder() {
    assertThat(builtIn.frameworks())
        .extracting(ServiceFramework::code)
        .containsExactly("1+1+5+X", "1+9+N", "1+3+3X+N");
    assertThat(builtIn.toString()).isEqualTo("FrameworkRegistry[1+1+5+X, 1+9+N, 1+3+3X+N]");
  }

  @Test
  void sanyaDomainSlotIsClosedOverTheFiveCoreDomains() {
    ServiceFramework sanya = builtIn.find("1+1+5+X").orElseThrow();

    assertThat(sanya.region()).contains("海南省三亚市");
    assertThat(sanya.slots())
        .extracting(FrameworkSlot::label)
        .containsExactly("资源链接平台", "重点服务项目", "五大服务领域", "本地品牌服务");
    assertThat(sanya.slots().get(2).members())
        .containsExactlyElementsOf(ServiceDomain.core().stream().map(ServiceDomain::name).toList())
        .doesNotContain("OTHER");
    assertThat(sanya.slots().get(3).minimum()).isZero();
  }

  @Test
  void binheNineActionsAreOpenForTheStationToName() {
    FrameworkSlot actions = builtIn.find("1+9+N").orElseThrow().slots().get(1);

    assertThat(actions.count()).isEqualTo(SlotCount.fixed(9));
    assertThat(actions.isClosed()).isFalse();
  }

  @Test
  void deqingSlotsAreNeutral() {
    ServiceFramework deqing = builtIn.find("1+3+3X+N").orElseThrow();

    assertThat(deqing.slots()).extracting(FrameworkSlot::label).first().isEqualTo("第1项");
    assertThat(deqing.slots()).noneMatch(FrameworkSlot::isClosed);
    assertThat(deqing.slots()).allMatch(slot -> slot.minimum() == 0);
  }

  @Test
  void findIsExactAndToleratesNull() {
    assertThat(builtIn.find("1+1+5+x")).isEmpty();
    assertThat(builtIn.find(" 1+1+5+X")).isEmpty();
    assertThat(builtIn.find(null)).isEmpty();
    assertThat(FrameworkRegistry.empty().find("1+1+5+X")).isEmpty();
  }

  @Test
  void withAddsAUserFrameworkWithoutChangingTheOriginal() {
    ServiceFramework mine = ServiceFramework.ofNotation("1+2+N", "我的服务体系");

    FrameworkRegistry extended = builtIn.with(mine);

    assertThat(extended.find("1+2+N")).contains(mine);
    assertThat(builtIn.find("1+2+N")).isEmpty();
    assertThat(extended.frameworks()).hasSize(4).last().isEqualTo(mine);
  }

  @Test
  void userFrameworkWithABuiltInCodeReplacesItInPlace() {
    ServiceFramework binhe = builtIn.find("1+9+N").orElseThrow();
    ServiceFramework named =
        binhe.withSlot(
            1,
            binhe.slots().get(1).withMembers(List.of("一", "二", "三", "四", "五", "六", "七", "八", "九")));

    FrameworkRegistry adopted = builtIn.with(named);

    assertThat(adopted.find("1+9+N")).contains(named);
    assertThat(adopted.frameworks())
        .extracting(ServiceFramework::code)
        .containsExactly("1+1+5+X", "1+9+N", "1+3+3X+N");
    assertThat(FrameworkRegistry.builtIn().find("1+9+N")).contains(binhe);
    assertThat(adopted).isNotEqualTo(builtIn);
  }
}
