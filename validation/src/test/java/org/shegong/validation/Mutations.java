package org.shegong.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.shegong.core.framework.FrameworkSlot;
import org.shegong.core.framework.ServiceFramework;
import org.shegong.core.framework.SlotCount;
import org.shegong.core.model.ExchangeRecord;

/** Helpers to build batches from the samples with exactly one thing changed. */
final class Mutations {

  private Mutations() {}

  /** The sample batch with the records of the same type and id replaced by the given ones. */
  static List<ExchangeRecord> samplesWith(ExchangeRecord... replacements) {
    List<ExchangeRecord> records = new ArrayList<>(Samples.all());
    List<ExchangeRecord> extra = new ArrayList<>();
    for (ExchangeRecord replacement : replacements) {
      boolean replaced = false;
      for (int i = 0; i < records.size(); i++) {
        ExchangeRecord r = records.get(i);
        if (r.recordType() == replacement.recordType() && r.id().equals(replacement.id())) {
          records.set(i, replacement);
          replaced = true;
          break;
        }
      }
      if (!replaced) {
        extra.add(replacement);
      }
    }
    records.addAll(extra);
    return records;
  }

  /** The sample batch plus the given records (which may repeat ids). */
  static List<ExchangeRecord> samplesPlus(ExchangeRecord... more) {
    List<ExchangeRecord> records = new ArrayList<>(Samples.all());
    records.addAll(Arrays.asList(more));
    return records;
  }

  /** A user framework "1+X" whose variable slot needs at least two items. */
  static ServiceFramework frameworkWithMinimum() {
    return ServiceFramework.builder()
        .code("1+X")
        .name("测试体系")
        .addSlots(FrameworkSlot.of(SlotCount.fixed(1), "平台", "platform"))
        .addSlots(
            FrameworkSlot.builder()
                .count(SlotCount.variable("X"))
                .label("特色服务")
                .labelEn("featured services")
                .minimum(2)
                .build())
        .build();
  }
}
