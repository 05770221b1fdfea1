package org.shegong.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DivisionCodeProperties {

  @Property
  void everyCodeStartsWithEachOfItsAncestors(@ForAll("codes") String text) {
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

  @Property
  void twelveDigitCodesAreVillagesUnlessTheyEndInThreeZeros(@ForAll("twelveDigits") String text) {
    DivisionCode code = DivisionCode.of(text);

    if (text.endsWith("000")) {
      assertThat(code.level()).isEqualTo(DivisionLevel.TOWNSHIP);
      assertThat(code.canonical().value()).isEqualTo(text.substring(0, 9));
    } else {
      assertThat(code.level()).isEqualTo(DivisionLevel.VILLAGE);
      assertThat(code.villagePart()).contains(text.substring(9));
    }
  }

  @Property
  void lenientIsValidExactlyWhenStrictAccepts(@ForAll("almostCodes") String text) {
    DivisionCode lenient = DivisionCode.lenient(text);

    if (lenient.isValid()) {
      assertThat(DivisionCode.of(text)).isEqualTo(lenient);
    } else {
      assertThatThrownBy(() -> DivisionCode.of(text))
          .isInstanceOf(InvalidDivisionCodeException.class);
    }
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.of(6, 9, 12)
        .flatMap(length -> Arbitraries.strings().numeric().ofLength(length));
  }

  @Provide
  Arbitrary<String> twelveDigits() {
    return Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofLength(12),
        Arbitraries.strings().numeric().ofLength(9).map(prefix -> prefix + "000"));
  }

  @Provide
  Arbitrary<String> almostCodes() {
    return Arbitraries.strings().withChars("0123456789a ").ofMinLength(0).ofMaxLength(14);
  }
}
