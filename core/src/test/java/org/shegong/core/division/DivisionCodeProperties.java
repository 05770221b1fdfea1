package org.shegong.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.shegong.core.property.Gen;
import org.shegong.core.property.PropertyTest;

class DivisionCodeProperties {

  @PropertyTest
  void everyCodeStartsWithEachOfItsAncestors(Gen gen) {
    String text = gen.digits(gen.oneOf(6, 9, 12));

    DivisionCode code = DivisionCode.of(text);

    DivisionCode current = code;
    while (current.parent().isPresent()) {
      DivisionCode parent = current.parent().orElseThrow();
      assertThat(text).startsWith(parent.value());
      assertThat(parent.level()).isLessThan(current.level());
      current = parent;
    }
    assertThat(current).isEqualTo(code.provinceCode());
    assertThat(current.level()).isEqualTo(DivisionLevel.PROVINCE);
  }

  @PropertyTest
  void twelveDigitCodesAreVillagesUnlessTheyEndInThreeZeros(Gen gen) {
    // half of them a township code written with twelve digits
    String text = gen.bool() ? gen.digits(12) : gen.digits(9) + "000";

    DivisionCode code = DivisionCode.of(text);

    if (text.endsWith("000")) {
      assertThat(code.level()).isEqualTo(DivisionLevel.TOWNSHIP);
      assertThat(code.canonical().value()).isEqualTo(text.substring(0, 9));
    } else {
      assertThat(code.level()).isEqualTo(DivisionLevel.VILLAGE);
      assertThat(code.villagePart()).contains(text.substring(9));
    }
  }

  @PropertyTest
  void lenientIsValidExactlyWhenStrictAccepts(Gen gen) {
    String text = gen.string("0123456789a ", 0, 14);

    DivisionCode lenient = DivisionCode.lenient(text);

    if (lenient.isValid()) {
      assertThat(DivisionCode.of(text)).isEqualTo(lenient);
    } else {
      assertThatThrownBy(() -> DivisionCode.of(text))
          .isInstanceOf(InvalidDivisionCodeException.class);
    }
  }
}
