package org.shegong.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FrameworkNotationProperties {

  @Property
  void printingAParsedNotationGivesItBack(@ForAll("notations") String notation) {
    assertThat(FrameworkNotation.print(FrameworkNotation.parse(notation))).isEqualTo(notation);
  }

  @Property
  void parsingPrintedCountsGivesThemBack(@ForAll("countLists") List<SlotCount> counts) {
    assertThat(FrameworkNotation.parse(FrameworkNotation.print(counts))).isEqualTo(counts);
  }

  @Property
  void malformedNotationsAreRejectedWithTheNotationRule(@ForAll("malformed") String notation) {
    assertThatThrownBy(() -> FrameworkNotation.parse(notation))
        .isInstanceOf(FrameworkNotationException.class)
        .hasMessageStartingWith("SG-FWK-001")
        .hasMessageContaining("at position ");
  }

  @Provide
  Arbitrary<List<SlotCount>> countLists() {
    Arbitrary<SlotCount> fixed = Arbitraries.integers().between(1, 100_000).map(SlotCount::fixed);
    Arbitrary<String> letters = Arbitraries.chars().range('A', 'Z').map(String::valueOf);
    Arbitrary<SlotCount> bare = letters.map(SlotCount::variable);
    Arbitrary<SlotCount> withCoefficient =
        Combinators.combine(Arbitraries.integers().between(2, 999), letters)
            .as(SlotCount::variable);
    return Arbitraries.oneOf(fixed, bare, withCoefficient).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> notations() {
    return countLists().map(FrameworkNotation::print);
  }

  /** A valid notation with exactly one defect inserted at a random place. */
  @Provide
  Arbitrary<String> malformed() {
    Arbitrary<String> defect =
        Arbitraries.of(
            "+", "++", "0", "00", "0X", "1X", "x", "n", " ", "\t", "　", "＋", "Ｘ", "１", "-", "*",
            "(", "α", "XY", "X3", "社", "");
    return Combinators.combine(notations(), defect, Arbitraries.integers().between(0, 4))
        .as(FrameworkNotationProperties::spoil);
  }

  private static String spoil(String valid, String defect, int where) {
    List<String> terms = List.of(valid.split("\\+"));
    return switch (where) {
      case 0 -> defect.isEmpty() ? "+" + valid : defect + "+" + valid; // defect as first term
      case 1 -> valid + "+" + defect; // defect as last term ("" gives a trailing '+')
      case 2 -> terms.get(0) + "+" + defect + (terms.size() > 1 ? "+" + valid : ""); // middle
      case 3 -> defect.equals("0") || defect.equals("00") ? valid + "+0" : valid + "+" + defect;
      default ->
          // glue the defect onto the last term; an ASCII digit glued on would stay valid
          valid
              + (defect.isEmpty() || Character.isDigit(defect.charAt(0)) && defect.charAt(0) < 128
                  ? "+"
                  : defect);
    };
  }
}
