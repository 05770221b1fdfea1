package org.shegong.examples.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.shegong.core.money.Money;
import org.shegong.core.subsidy.RosterEntitlements;

class RosterSubsidiesTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final RosterEntitlements entitlements =
      RosterSubsidies.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
  private final String out = bytes.toString(StandardCharsets.UTF_8);

  @Test
  void computesEachWorkersEntitlementForTheFirstHalfOf2024() {
    assertThat(entitlements.totalsByWorker())
        .containsEntry("W-0201", Money.ofYuan(6000))
        .containsEntry("W-0202", Money.ofYuan(3000 + 5 * 220))
        .containsEntry("W-0203", Money.ofYuan(6 * 180))
        .containsEntry("W-0204", Money.ofYuan(3000))
        .containsEntry("W-0205", Money.ofYuan(4 * 180));
    assertThat(entitlements.grandTotal()).isEqualTo(Money.ofYuan(14900));
    assertThat(out)
        .contains("W-0202  total   4100.00 元  one-off 3000.00 元 + 5 × 220.00 元 (2024-02..2024-06)")
        .contains("W-0205  total    720.00 元  4 × 180.00 元 (2024-01..2024-04)")
        .contains("roster total 14900.00 元");
  }

  @Test
  void showsThePolicyItApplies() {
    assertThat(out)
        .contains(
            "Policy: Zhongwei (Ningxia) social-work talent incentives (example)",
            "effective 2023-01-01..")
        .containsPattern("中级 intermediate +one-off 3000.00 元 +monthly 220.00 元");
  }

  @Test
  void findsOneDiscrepancyOfEachKindTheLedgerHolds() {
    assertThat(out).contains("Payments checked: 19, discrepancies: 4");
    assertThat(out.lines().filter(l -> l.startsWith("  SG-SUB-")).map(l -> l.substring(2, 12)))
        .containsExactly("SG-SUB-002", "SG-SUB-004", "SG-SUB-001", "SG-SUB-005");
    assertThat(out)
        .contains("W-0202 monthly allowance 2024-06 paid 200.00 元, due 220.00 元")
        .contains("W-0205 monthly allowance 2024-04 of 180.00 元 is due but not paid");
  }
}
