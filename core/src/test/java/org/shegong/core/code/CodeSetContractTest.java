package org.shegong.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link Coded} contract, checked for every code set of the package. */
class CodeSetContractTest {

  private static final Set<Class<?>> NATIONAL =
      Set.of(Sex.class, Ethnicity.class, DisabilityCategory.class);

  static Stream<Class<?>> codeSets() {
    return Stream.of(
        Sex.class,
        Ethnicity.class,
        DisabilityCategory.class,
        ServiceDomain.class,
        StationLevel.class,
        StationStatus.class,
        AgencyKind.class,
        QualificationLevel.class,
        WorkerRole.class,
        ChildCategory.class,
        ParentRelation.class,
        ParentSituation.class,
        RiskTier.class,
        TierColour.class,
        VisitKind.class,
        ServiceMethod.class,
        CaseStage.class,
        GroupStage.class,
        DemandChannel.class,
        DemandStatus.class,
        FundingType.class,
        LinkageParty.class,
        TargetGroup.class);
  }

  private static List<Coded> members(Class<?> codeSet) {
    assertThat(codeSet.isEnum()).as("%s is an enum", codeSet).isTrue();
    assertThat(Coded.class).isAssignableFrom(codeSet);
    return Arrays.stream(codeSet.getEnumConstants()).map(Coded.class::cast).toList();
  }

  private static Object ofCode(Class<?> codeSet, String code) throws Throwable {
    Method ofCode = codeSet.getMethod("ofCode", String.class);
    assertThat(Modifier.isStatic(ofCode.getModifiers())).as("ofCode is static").isTrue();
    assertThat(ofCode.getReturnType()).isEqualTo(codeSet);
    try {
      return ofCode.invoke(null, code);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @ParameterizedTest
  @MethodSource("codeSets")
  void codesAreNonBlankAndUnique(Class<?> codeSet) {
    List<String> codes = members(codeSet).stream().map(Coded::code).toList();

    assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(code).isNotBlank());
    assertThat(codes).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("codeSets")
  void labelsAreNonBlankInBothLanguages(Class<?> codeSet) {
    assertThat(members(codeSet))
        .allSatisfy(
            member -> {
              assertThat(member.labelZh()).as("labelZh of %s", member).isNotBlank();
              assertThat(member.labelEn()).as("labelEn of %s", member).isNotBlank();
            });
  }

  @ParameterizedTest
  @MethodSource("codeSets")
  void ofCodeReturnsTheMemberWithThatCode(Class<?> codeSet) throws Throwable {
    for (Coded member : members(codeSet)) {
      assertThat(ofCode(codeSet, member.code())).isSameAs(member);
    }
  }

  @ParameterizedTest
  @MethodSource("codeSets")
  void ofCodeRejectsUnknownCodeListingTheAllowedCodes(Class<?> codeSet) {
    List<String> codes = members(codeSet).stream().map(Coded::code).toList();

    assertThatThrownBy(() -> ofCode(codeSet, "NO_SUCH_CODE"))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("SG-STR-003");
              assertThat(e.codeSet()).isEqualTo(codeSet.getSimpleName());
              assertThat(e.code()).isEqualTo("NO_SUCH_CODE");
              assertThat(e.allowedCodes()).containsExactlyElementsOf(codes);
              assertThat(e.getMessage())
                  .startsWith("SG-STR-003")
                  .contains("'N…(12 chars)'", codeSet.getSimpleName())
                  .doesNotContain("NO_SUCH_CODE")
                  .contains(codes);
            });
  }

  @ParameterizedTest
  @MethodSource("codeSets")
  void ofCodeEchoesAShortPlainCodeButNeverANameOrANumberInFull(Class<?> codeSet) {
    assertThatThrownBy(() -> ofCode(codeSet, "Q9")).hasMessageContaining("unknown code 'Q9'");
    assertThatThrownBy(() -> ofCode(codeSet, "Zhang San"))
        .hasMessageContaining("'Z…(9 chars)'")
        .message()
        .doesNotContain("Zhang San");
    assertThatThrownBy(() -> ofCode(codeSet, "13800001234"))
        .message()
        .doesNotContain("13800001234");
  }

  @ParameterizedTest
  @MethodSource("codeSets")
  void ofCodeIsExactNeitherTrimmingNorFoldingCase(Class<?> codeSet) {
    Coded first = members(codeSet).get(0);

    assertThatThrownBy(() -> ofCode(codeSet, " " + first.code()))
        .isInstanceOf(UnknownCodeException.class);
    String lowerCase = first.code().toLowerCase(Locale.ROOT);
    if (!lowerCase.equals(first.code())) {
      assertThatThrownBy(() -> ofCode(codeSet, lowerCase)).isInstanceOf(UnknownCodeException.class);
    }
  }

  @ParameterizedTest
  @MethodSource("codeSets")
  void nationalCodeSetsAreFlaggedAndProjectCodesAreTheConstantNames(Class<?> codeSet) {
    boolean national = NATIONAL.contains(codeSet);
    for (Coded member : members(codeSet)) {
      assertThat(member.national()).as("national() of %s", member).isEqualTo(national);
      if (!national) {
        assertThat(member.code()).isEqualTo(((Enum<?>) member).name());
      }
    }
  }
}
