package org.shegong.core.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.core.message.LocalizedTemplate;
import org.shegong.core.privacy.Scrubber;

/**
 * The conformance check behind {@link ServiceFramework#check(List)}.
 *
 * @since 0.1.0
 */
final class PlanChecker {

  private static final LocalizedTemplate SLOT_COUNT =
      LocalizedTemplate.of(
          "服务计划有{found}项，但服务体系 {framework} 规定{expected}项",
          "the plan has {found, plural, one {# slot} other {# slots}} but framework {framework}"
              + " has {expected}");
  private static final LocalizedTemplate MISSING =
      LocalizedTemplate.of("{slot}缺少必需成员：{members}", "{slot} misses required members: {members}");
  private static final LocalizedTemplate UNEXPECTED =
      LocalizedTemplate.of(
          "{slot}含有不属于该项的成员：{members}（允许：{allowed}）",
          "{slot} has members outside its set: {members} (allowed: {allowed})");
  private static final LocalizedTemplate FIXED_COUNT =
      LocalizedTemplate.of(
          "{slot}应有且仅有{expected}个不同条目，实有{found}个",
          "{slot} must have exactly {expected, plural, one {# distinct item} other {# distinct"
              + " items}}, found {found}");
  private static final LocalizedTemplate BELOW_MINIMUM =
      LocalizedTemplate.of(
          "{slot}至少应有{minimum}个不同条目，实有{found}个",
          "{slot} needs at least {minimum, plural, one {# distinct item} other {# distinct"
              + " items}}, found {found}");
  private static final LocalizedTemplate BLANK =
      LocalizedTemplate.of("{slot}的第{number}个条目（{ref}）为空白", "{slot} has a blank item at {ref}");
  private static final LocalizedTemplate REPEATED =
      LocalizedTemplate.of(
          "{slot}中条目{item}重复出现（{first}、{again}）", "{slot} repeats item {item} ({first}, {again})");
  private static final LocalizedTemplate IN_TWO_SLOTS =
      LocalizedTemplate.of(
          "条目{item}同时出现在{earlier}和{slot}", "item {item} appears in both {earlier} and {slot}");
  private static final LocalizedTemplate SLOT =
      LocalizedTemplate.of("第{number}项（{ref}）", "slot {number} ({ref})");
  private static final LocalizedTemplate LABELLED_SLOT =
      LocalizedTemplate.of("第{number}项「{label}」（{ref}）", "slot {number} \"{label}\" ({ref})");

  private PlanChecker() {}

  static List<PlanDiscrepancy> check(ServiceFramework framework, List<List<String>> slotItems) {
    Objects.requireNonNull(slotItems, "slotItems");
    for (int i = 0; i < slotItems.size(); i++) {
      // the messages are written only for a null: a station's plan is checked on every record
      List<String> items = slotItems.get(i);
      if (items == null) {
        throw new NullPointerException("slotItems[" + i + "]");
      }
      for (int j = 0; j < items.size(); j++) {
        if (items.get(j) == null) {
          throw new NullPointerException("slotItems[" + i + "][" + j + "]");
        }
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
                  SLOT_COUNT.formatZh(
                      Map.of(
                          "found", slotItems.size(),
                          "framework", framework.code(),
                          "expected", slots.size())))
              .messageEn(
                  SLOT_COUNT.formatEn(
                      Map.of(
                          "found", slotItems.size(),
                          "framework", framework.code(),
                          "expected", slots.size())))
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
      if (distinct.size() == slot.members().size() && distinct.containsAll(slot.members())) {
        return; // the common case: exactly the slot's members
      }
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
                .messageZh(
                    MISSING.formatZh(
                        Map.of("slot", names.zh(), "members", String.join("、", missing))))
                .messageEn(
                    MISSING.formatEn(
                        Map.of("slot", names.en(), "members", String.join(", ", missing))))
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
                    UNEXPECTED.formatZh(
                        Map.of(
                            "slot",
                            names.zh(),
                            "members",
                            String.join("、", shown(outside)),
                            "allowed",
                            allowed)))
                .messageEn(
                    UNEXPECTED.formatEn(
                        Map.of(
                            "slot",
                            names.en(),
                            "members",
                            String.join(", ", shown(outside)),
                            "allowed",
                            allowed)))
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
                .messageZh(
                    FIXED_COUNT.formatZh(
                        Map.of("slot", names.zh(), "expected", expected, "found", distinct.size())))
                .messageEn(
                    FIXED_COUNT.formatEn(
                        Map.of("slot", names.en(), "expected", expected, "found", distinct.size())))
                .build());
      }
    } else if (distinct.size() < slot.minimum()) {
      out.add(
          names
              .start(DiscrepancyKind.BELOW_MINIMUM)
              .expected(">= " + slot.minimum())
              .found(Integer.toString(distinct.size()))
              .messageZh(
                  BELOW_MINIMUM.formatZh(
                      Map.of(
                          "slot", names.zh(), "minimum", slot.minimum(), "found", distinct.size())))
              .messageEn(
                  BELOW_MINIMUM.formatEn(
                      Map.of(
                          "slot", names.en(), "minimum", slot.minimum(), "found", distinct.size())))
              .build());
    }
  }

  private static PlanDiscrepancy blank(Names names, int itemIndex, String item) {
    String ref = names.ref() + "[" + itemIndex + "]";
    return names
        .start(DiscrepancyKind.BLANK_ITEM)
        .itemIndex(itemIndex)
        .expected("non-blank item")
        .found(quoted(item))
        .messageZh(BLANK.formatZh(Map.of("slot", names.zh(), "number", itemIndex + 1, "ref", ref)))
        .messageEn(BLANK.formatEn(Map.of("slot", names.en(), "number", itemIndex + 1, "ref", ref)))
        .build();
  }

  private static PlanDiscrepancy repeated(Names names, int itemIndex, int earlier, String item) {
    String first = names.ref() + "[" + earlier + "]";
    String again = names.ref() + "[" + itemIndex + "]";
    return names
        .start(DiscrepancyKind.REPEATED_ITEM)
        .itemIndex(itemIndex)
        .addItems(item)
        .expected("once")
        .found(first + ", " + again)
        .messageZh(
            REPEATED.formatZh(
                Map.of(
                    "slot",
                    names.zh(),
                    "item",
                    quoted(shown(item)),
                    "first",
                    first,
                    "again",
                    again)))
        .messageEn(
            REPEATED.formatEn(
                Map.of(
                    "slot",
                    names.en(),
                    "item",
                    quoted(shown(item)),
                    "first",
                    first,
                    "again",
                    again)))
        .build();
  }

  private static PlanDiscrepancy inTwoSlots(Names names, Names earlier, String item) {
    return names
        .start(DiscrepancyKind.ITEM_IN_TWO_SLOTS)
        .otherSlotIndex(earlier.index)
        .addItems(item)
        .expected(earlier.ref() + " only")
        .found(earlier.ref() + ", " + names.ref())
        .messageZh(
            IN_TWO_SLOTS.formatZh(
                Map.of("item", quoted(shown(item)), "earlier", earlier.zh(), "slot", names.zh())))
        .messageEn(
            IN_TWO_SLOTS.formatEn(
                Map.of("item", quoted(shown(item)), "earlier", earlier.en(), "slot", names.en())))
        .build();
  }

  /**
   * An item as a message shows it: a code ({@code SOCIAL_AFFAIRS}, {@code OTHER}) in full, anything
   * else by {@link Scrubber#excerpt}, since an item outside its set or repeated may be any text, a
   * person's name typed into the plan for one. The path points to the item.
   */
  private static String shown(String item) {
    for (int i = 0; i < item.length(); i++) {
      char c = item.charAt(i);
      boolean code = (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
      if (!code) {
        return Scrubber.excerpt(item);
      }
    }
    return item;
  }

  private static List<String> shown(List<String> items) {
    return items.stream().map(PlanChecker::shown).toList();
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
    private final @Nullable FrameworkSlot slot;
    private @Nullable Texts texts;

    /** Names a slot; the texts are written only when a discrepancy needs them. */
    Names(int index, @Nullable FrameworkSlot slot) {
      this.index = index;
      this.slot = slot;
    }

    /** The slot's array reference, {@code slots[i]}. */
    String ref() {
      return "slots[" + index + "]";
    }

    String zh() {
      return texts().zh();
    }

    String en() {
      return texts().en();
    }

    private Texts texts() {
      Texts written = texts;
      if (written == null) {
        int number = index + 1;
        written =
            slot == null
                ? new Texts(
                    SLOT.formatZh(Map.of("number", number, "ref", ref())),
                    SLOT.formatEn(Map.of("number", number, "ref", ref())))
                : new Texts(
                    LABELLED_SLOT.formatZh(
                        Map.of("number", number, "label", slot.label(), "ref", ref())),
                    LABELLED_SLOT.formatEn(
                        Map.of("number", number, "label", slot.labelEn(), "ref", ref())));
        texts = written;
      }
      return written;
    }

    /**
     * A slot's name in both languages.
     *
     * @since 0.2.0
     */
    private record Texts(String zh, String en) {}

    PlanDiscrepancy.Builder start(DiscrepancyKind kind) {
      return PlanDiscrepancy.builder().kind(kind).slotIndex(index);
    }
  }
}
