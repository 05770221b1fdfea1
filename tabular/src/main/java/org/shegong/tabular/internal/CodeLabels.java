package org.shegong.tabular.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.shegong.core.code.AgencyKind;
import org.shegong.core.code.CaseStage;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.Coded;
import org.shegong.core.code.DemandChannel;
import org.shegong.core.code.DemandStatus;
import org.shegong.core.code.DisabilityCategory;
import org.shegong.core.code.Ethnicity;
import org.shegong.core.code.FundingType;
import org.shegong.core.code.GroupStage;
import org.shegong.core.code.LinkageParty;
import org.shegong.core.code.ParentRelation;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.code.RiskTier;
import org.shegong.core.code.ServiceDomain;
import org.shegong.core.code.ServiceMethod;
import org.shegong.core.code.Sex;
import org.shegong.core.code.StationLevel;
import org.shegong.core.code.StationStatus;
import org.shegong.core.code.TargetGroup;
import org.shegong.core.code.VisitKind;
import org.shegong.core.code.WorkerRole;

/**
 * The labels by which a cell may name a code: the code itself, the SDK's Chinese label (and English
 * label, in any case), and for risk tiers their colour and order ({@code 红}, {@code 红色}, {@code
 * 一级}), for qualification levels their grade ({@code 初级}, {@code 中级}, {@code 高级}). Labels are
 * compared after NFKC and without whitespace, so {@code 困境儿童（家庭贫困）} and {@code 困境儿童(家庭贫困)} are the
 * same label. A label that two codes of a set share is not accepted for either.
 *
 * @since 0.2.0
 */
public final class CodeLabels {

  /** Every code set that a field of the exchange format uses. */
  static final List<Class<? extends Enum<?>>> CODE_SETS =
      List.of(
          Sex.class,
          ChildCategory.class,
          ParentRelation.class,
          ParentSituation.class,
          RiskTier.class,
          VisitKind.class,
          QualificationLevel.class,
          WorkerRole.class,
          StationLevel.class,
          StationStatus.class,
          AgencyKind.class,
          ServiceMethod.class,
          ServiceDomain.class,
          TargetGroup.class,
          CaseStage.class,
          DemandChannel.class,
          DemandStatus.class,
          FundingType.class,
          LinkageParty.class,
          Ethnicity.class,
          DisabilityCategory.class,
          GroupStage.class);

  private static final Map<Class<?>, Map<String, String>> BY_LABEL = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Map<String, String>> LABEL_OF = new ConcurrentHashMap<>();

  private CodeLabels() {}

  /**
   * Returns the code a cell's text names.
   *
   * @param codeSet the code set
   * @param text the cell's text
   * @return the code, or empty when the text names none
   */
  public static Optional<String> code(Class<? extends Enum<?>> codeSet, String text) {
    return Optional.ofNullable(byLabel(codeSet).get(key(text)));
  }

  /**
   * Returns the label a workbook writes for a code: the Chinese label, or the code when the label
   * would not read back as that code.
   *
   * @param codeSet the code set
   * @param code the code
   * @return the label, never null
   */
  public static String label(Class<? extends Enum<?>> codeSet, String code) {
    return labelOf(codeSet).getOrDefault(code, code);
  }

  /**
   * Returns the labels a drop-down list offers, in the code set's order.
   *
   * @param codeSet the code set
   * @return the labels, never null
   */
  public static List<String> labels(Class<? extends Enum<?>> codeSet) {
    return List.copyOf(labelOf(codeSet).values());
  }

  /**
   * Describes the allowed values for a message: {@code 男（1）、女（2）…}.
   *
   * @param codeSet the code set
   * @return the description, never null
   */
  public static String allowed(Class<? extends Enum<?>> codeSet) {
    List<String> parts = new ArrayList<>();
    for (Enum<?> member : codeSet.getEnumConstants()) {
      Coded coded = (Coded) member;
      String label = label(codeSet, coded.code());
      parts.add(label.equals(coded.code()) ? label : label + "（" + coded.code() + "）");
    }
    return String.join("、", parts);
  }

  private static Map<String, String> byLabel(Class<? extends Enum<?>> codeSet) {
    return BY_LABEL.computeIfAbsent(codeSet, CodeLabels::index);
  }

  private static Map<String, String> labelOf(Class<? extends Enum<?>> codeSet) {
    return LABEL_OF.computeIfAbsent(
        codeSet,
        set -> {
          Map<String, String> index = byLabel(codeSet);
          Map<String, String> labels = new LinkedHashMap<>();
          for (Enum<?> member : codeSet.getEnumConstants()) {
            Coded coded = (Coded) member;
            String label = coded.labelZh();
            boolean readsBack = coded.code().equals(index.get(key(label)));
            labels.put(coded.code(), readsBack ? label : coded.code());
          }
          return java.util.Collections.unmodifiableMap(labels);
        });
  }

  private static Map<String, String> index(Class<?> codeSet) {
    Map<String, String> index = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Object member : codeSet.getEnumConstants()) {
      Coded coded = (Coded) member;
      String code = coded.code();
      List<String> labels = new ArrayList<>(List.of(code, coded.labelZh(), coded.labelEn()));
      if (coded instanceof RiskTier tier) {
        String colour = tier.colour().labelZh();
        labels.add(colour);
        labels.add(colour + "色");
        labels.add(List.of("一级", "二级", "三级", "四级").get(tier.ordinal()));
      }
      if (coded instanceof QualificationLevel level) {
        labels.add(level.gradeLabelZh());
        labels.add(level.gradeLabelEn());
      }
      for (String label : labels) {
        String key = key(label);
        String before = index.putIfAbsent(key, code);
        if (before != null && !before.equals(code)) {
          ambiguous.add(key);
        }
      }
    }
    // the code itself always wins; a label two codes share names neither
    for (String key : ambiguous) {
      index.remove(key);
    }
    for (Object member : codeSet.getEnumConstants()) {
      String code = ((Coded) member).code();
      index.put(key(code), code);
    }
    return Map.copyOf(index);
  }

  /** The comparison key of a label: NFKC, no whitespace, ASCII letters in lower case. */
  static String key(String label) {
    String text = Normalizer.normalize(label, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        out.append(c < 128 ? Character.toLowerCase(c) : c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
