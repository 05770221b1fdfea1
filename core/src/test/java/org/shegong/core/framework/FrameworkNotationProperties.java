package org.shegong.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.shegong.core.property.Gen;
import org.shegong.core.property.PropertyTest;

class FrameworkNotationProperties {

  private static final List<String> DEFECTS =
      List.of(
          "+", "++", "0", "00", "0X", "1X", "x", "n", " ", "\t", "　", "＋", "Ｘ", "１", "-", "*", "(",
          "α", "XY", "X3", "社", "");

  @PropertyTest
  void printingAParsedNotationGivesItBack(Gen gen) {
    String notation = notation(gen);

    assertThat(FrameworkNotation.print(FrameworkNotation.parse(notation))).isEqualTo(notation);
  }

  @PropertyTest
  void parsingPrintedCountsGivesThemBack(Gen gen) {
    List<SlotCount> counts = countList(gen);

    assertThat(FrameworkNotation.parse(FrameworkNotation.print(counts))).isEqualTo(counts);
  }

  @PropertyTest
  void malformedNotationsAreRejectedWithTheNotationRule(Gen gen) {
    String notation = spoil(notation(gen), gen.oneOf(DEFECTS), gen.between(0, 4));

    assertThatThrownBy(() -> FrameworkNotation.parse(notation))
        .isInstanceOf(FrameworkNotationException.class)
        .hasMessageStartingWith("SG-FWK-001")
        .hasMessageContaining("at position ");
  }

  /** One to eight slot counts: fixed ({@code 5}), bare variable ({@code X}) or {@code 3X}. */
  static List<SlotCount> countList(Gen gen) {
    return gen.list(
        1,
        8,
        () ->
            gen.oneOfGenerated(
                () -> SlotCount.fixed(gen.between(1, 100_000)),
                () -> SlotCount.variable(letter(gen)),
                () -> SlotCount.variable(gen.between(2, 999), letter(gen))));
  }

  private static String letter(Gen gen) {
    return String.valueOf((char) gen.between('A', 'Z'));
  }

  private static String notation(Gen gen) {
    return FrameworkNotation.print(countList(gen));
  }

  /** A valid notation with exactly one defect inserted at a chosen place. */
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
