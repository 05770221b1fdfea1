package org.shegong.examples.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildrenAtRiskTest {

  private static String run(LocalDate asOf) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ChildrenAtRisk.run(asOf, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void findsTheFirstChildDeFactoUnsupportedAndNotAnOrphan() {
    String out = run(ChildrenAtRisk.DEFAULT_AS_OF);
    assertThat(out)
        .containsPattern("DE_FACTO_UNSUPPORTED +eligible")
        .containsPattern("ORPHAN +not eligible")
        .containsPattern("LEFT_BEHIND +not eligible")
        .contains("aged 12 (from the citizen ID)");
  }

  @Test
  void reportsTheMissingSocialWorkerOfATierOneChild() {
    String out = run(ChildrenAtRisk.DEFAULT_AS_OF);
    assertThat(out)
        .contains("tier TIER_1 red")
        .contains("MISSING SG-CHD-013")
        .doesNotContain("MISSING SG-CHD-010", "MISSING SG-CHD-011", "MISSING SG-CHD-012")
        .contains("review due 2024-06-20 (SG-CHD-016: 10 days overdue)");
  }

  @Test
  void listsOverdueVisitsLongestFirstUnderTheDefaultIntervals() {
    String out = run(ChildrenAtRisk.DEFAULT_AS_OF);
    List<String> overdue = out.lines().dropWhile(l -> !l.startsWith("3. ")).skip(1).toList();
    assertThat(overdue).hasSize(3);
    assertThat(overdue.get(0)).contains("C-0004", "TIER_4", "due 2024-04-14", "77 days overdue");
    assertThat(overdue.get(1)).contains("C-0002", "TIER_3", "due 2024-05-15", "46 days overdue");
    assertThat(overdue.get(2)).contains("C-0001", "TIER_1", "due 2024-06-25", "5 days overdue");
    assertThat(out).doesNotContain("C-0003 ", "C-0005 ");
  }

  @Test
  void listsNoOverdueVisitOnADayEveryVisitIsDue() {
    // 14 April 2024: the green child's visit is due that very day, so on time.
    String out = run(LocalDate.of(2024, 4, 14));
    List<String> overdue = out.lines().dropWhile(l -> !l.startsWith("3. ")).skip(1).toList();
    assertThat(overdue).isNotEmpty().noneMatch(l -> l.contains("C-0004"));
  }

  @Test
  void printsNoNameNorCitizenId() {
    String out = run(ChildrenAtRisk.DEFAULT_AS_OF);
    for (var child : ChildrenAtRisk.roster()) {
      child.name().ifPresent(name -> assertThat(out).doesNotContain(name));
      child.citizenId().ifPresent(id -> assertThat(out).doesNotContain(id.value()));
    }
    assertThat(out).doesNotContain("640502201203");
  }
}
