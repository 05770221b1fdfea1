package org.shegong.core.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The conformance check behind {@link ServiceFramework#check(List)}.
 *
 * @since 0.1.0
 */
final class PlanChecker {

  private PlanChecker() {}

  static List<PlanDiscrepancy> check(ServiceFramework framework, List<List<String>> slotItems) {
    Objects.requireNonNull(slotItems, "slotItems");
    for (int i = 0; i < slotItems.size(); i++) {
      List<String> items = Objects.requireNonNull(slotItems.get(i), "slotItems[" + i + "]");
      for (int j = 0; j < items.size(); j++) {
        Objects.requireNonNull(items.get(j), "slotItems[" + i + "][" + j + "]");
      }
    }
    List<FrameworkSlot> slots = framework.slots();
    List<PlanDiscrepancy> out = new ArrayList<>();
    boolean aligned = slotItems.size() == slots.size();
    if (!aligned) {
      out.add(
          PlanDiscrepancy.builder()
              .kind(DiscrepancyKind.SLOT_COUNT_MISMATCH)
              .expected(Integer.toString(slots.size()))
              .found(Integer.toString(slotItems.size()))
              .messageZh(
                  "服务计划有"
                      + slotItems.size()
                      + "项，但服务体系 "
                      + framework.code()
                      + " 规定"
                      + slots.size()
                      + "项")
              .messageEn(
                  "the plan has "
                      + slotItems.size()
                      + " slots but framework "
                      + framework.code()
                      + " has "
                      + slots.size())
              .build());
    }
    Map<String, Integer> firstSlotOfItem = new HashMap<>();
    for (int i = 0; i < slotItems.size(); i++) {
      @Nullable FrameworkSlot slot = aligned ? slots.get(i) : null;
      Names names = new Names(i, slot);
      List<String> items = slotItems.get(i);
      Map<String, Integer> firstIndex = new HashMap<>();
      Set<String> distinct = new LinkedHashSet<>();
      for (int j = 0; j < items.size(); j++) {
        String item = items.get(j);
        if (item.isBlank()) {
          out.add(blank(names, j, item));
          continue;
        }
        Integer earlier = firstIndex.putIfAbsent(item, j);
        if (earlier != null) {
          out.add(repeated(names, j, earlier, item));
        }
        distinct.add(item);
      }
      for (String item : distinct) {
        Integer earlierSlot = firstSlotOfItem.putIfAbsent(item, i);
        if (earlierSlot != null) {
          out.add(
              inTwoSlots(
                  names, new Names(earlierSlot, aligned ? slots.get(earlierSlot) : null), item));
        }
      }
      if (slot != null) {
        slotRule(names, slot, distinct, out);
      }
    }
    return List.copyOf(out);
  }

  private static void slotRule(
      Names names, FrameworkSlot slot, Set<String> distinct, List<PlanDiscrepancy> out) {
    if (slot.isClosed()) {
      List<String> missing = new ArrayList<>(slot.members());
      missing.removeAll(distinct);
      List<String> outside = new ArrayList<>(distinct);
      outside.removeAll(slot.members());
      String allowed = String.join(", ", slot.members());
      if (!missing.isEmpty()) {
        out.add(
            names
                .start(DiscrepancyKind.MISSING_MEMBERS)
                .items(missing)
                .expected(allowed)
                .found(String.join(", ", distinct))
                .messageZh(names.zh + "缺少必需成员：" + String.join("、", missing))
                .messageEn(names.en + " misses required members: " + String.join(", ", missing))
                .build());
      }
      if (!outside.isEmpty()) {
        out.add(
            names
                .start(DiscrepancyKind.UNEXPECTED_MEMBERS)
                .items(outside)
                .expected(allowed)
                .found(String.join(", ", distinct))
                .messageZh(
                    names.zh + "含有不属于该项的成员：" + String.join("、", outside) + "（允许：" + allowed + "）")
                .messageEn(
                    names.en
                        + " has members outside its set: "
                        + String.join(", ", outside)
                        + " (allowed: "
                        + allowed
                        + ")")
                .build());
      }
    } else if (slot.count().isFixed()) {
      int expected = slot.count().fixedCount().getAsInt();
      if (distinct.size() != expected) {
        out.add(
            names
                .start(DiscrepancyKind.FIXED_COUNT_NOT_MET)
                .expected(Integer.toString(expected))
                .found(Integer.toString(distinct.size()))
                .messageZh(names.zh + "应有且仅有" + expected + "个不同条目，实有" + distinct.size() + "个")
                .messageEn(
                    names.en
                        + " must have exactly "
                        + expected
                        + " distinct "
                        + (expected == 1 ? "item" : "items")
                        + ", found "
                        + distinct.size())
                .build());
      }
    } else if (distinct.size() < slot.minimum()) {
      out.add(
          names
              .start(DiscrepancyKind.BELOW_MINIMUM)
              .expected(">= " + slot.minimum())
              .found(Integer.toString(distinct.size()))
              .messageZh(names.zh + "至少应有" + slot.minimum() + "个不同条目，实有" + distinct.size() + "个")
              .messageEn(
                  names.en
                      + " needs at least "
                      + slot.minimum()
                      + " distinct "
                      + (slot.minimum() == 1 ? "item" : "items")
                      + ", found "
                      + distinct.size())
              .build());
    }
  }

  private static PlanDiscrepancy blank(Names names, int itemIndex, String item) {
    String ref = names.ref + "[" + itemIndex + "]";
    return names
        .start(DiscrepancyKind.BLANK_ITEM)
        .itemIndex(itemIndex)
        .expected("non-blank item")
        .found(quoted(item))
        .messageZh(names.zh + "的第" + (itemIndex + 1) + "个条目（" + ref + "）为空白")
        .messageEn(names.en + " has a blank item at " + ref)
        .build();
  }

  private static PlanDiscrepancy repeated(Names names, int itemIndex, int earlier, String item) {
    String first = names.ref + "[" + earlier + "]";
    String again = names.ref + "[" + itemIndex + "]";
    return names
        .start(DiscrepancyKind.REPEATED_ITEM)
        .itemIndex(itemIndex)
        .addItems(item)
        .expected("once")
        .found(first + ", " + again)
        .messageZh(names.zh + "中条目" + quoted(item) + "重复出现（" + first + "、" + again + "）")
        .messageEn(names.en + " repeats item " + quoted(item) + " (" + first + ", " + again + ")")
        .build();
  }

  private static PlanDiscrepancy inTwoSlots(Names names, Names earlier, String item) {
    return names
        .start(DiscrepancyKind.ITEM_IN_TWO_SLOTS)
        .otherSlotIndex(earlier.index)
        .addItems(item)
        .expected(earlier.ref + " only")
        .found(earlier.ref + ", " + names.ref)
        .messageZh("条目" + quoted(item) + "同时出现在" + earlier.zh + "和" + names.zh)
        .messageEn("item " + quoted(item) + " appears in both " + earlier.en + " and " + names.en)
        .build();
  }

  private static String quoted(String item) {
    return "\"" + item.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * How a slot is named in messages: by number, label (when known) and array reference.
   *
   * @since 0.1.0
   */
  private static final class Names {
    final int index;
    final String ref;
    final String zh;
    final String en;

    Names(int index, @Nullable FrameworkSlot slot) {
      this.index = index;
      this.ref = "slots[" + index + "]";
      int number = index + 1;
      if (slot == null) {
        this.zh = "第" + number + "项（" + ref + "）";
        this.en = "slot " + number + " (" + ref + ")";
      } else {
        this.zh = "第" + number + "项「" + slot.label() + "」（" + ref + "）";
        this.en = "slot " + number + " \"" + slot.labelEn() + "\" (" + ref + ")";
      }
    }

    PlanDiscrepancy.Builder start(DiscrepancyKind kind) {
      return PlanDiscrepancy.builder().kind(kind).slotIndex(index);
    }
  }
}
