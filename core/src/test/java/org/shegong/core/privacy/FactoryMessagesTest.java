package org.shegong.core.privacy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.ShegongException;
import org.shegong.core.code.CodeSets;
import org.shegong.core.code.Sex;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.RegistrationAuthority;
import org.shegong.core.money.Money;

/**
 * The public factories that reject their input never echo a citizen ID or a mobile number from it
 * in their exception messages (or in {@code toString()} of the exception), whichever factory got
 * it: a value typed into the wrong place reaches a log through the exception.
 */
class FactoryMessagesTest {

  private static final String ID = "340323198307278409";
  private static final String PHONE = "13812345678";

  static Stream<Arguments> factories() {
    return Stream.of(
        Arguments.of("CodeSets.byCode id", (ThrowingCallable) () -> CodeSets.byCode(Sex.class, ID)),
        Arguments.of(
            "CodeSets.byCode phone", (ThrowingCallable) () -> CodeSets.byCode(Sex.class, PHONE)),
        Arguments.of("CreditCode.of id", (ThrowingCallable) () -> CreditCode.of(ID)),
        Arguments.of("CreditCode.of phone", (ThrowingCallable) () -> CreditCode.of(PHONE)),
        Arguments.of("DivisionCode.of id", (ThrowingCallable) () -> DivisionCode.of(ID)),
        Arguments.of("DivisionCode.of phone", (ThrowingCallable) () -> DivisionCode.of(PHONE)),
        Arguments.of("Money.parse id", (ThrowingCallable) () -> Money.parse(ID + ".123")),
        Arguments.of("Money.parse phone", (ThrowingCallable) () -> Money.parse("x" + PHONE)),
        Arguments.of(
            "RegistrationAuthority.ofCode id",
            (ThrowingCallable) () -> RegistrationAuthority.ofCode(ID)),
        Arguments.of(
            "RegistrationAuthority.ofCode phone",
            (ThrowingCallable) () -> RegistrationAuthority.ofCode(PHONE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void aRejectedValueIsNotEchoedRaw(String name, ThrowingCallable factory) {
    assertThatThrownBy(factory)
        .isInstanceOf(ShegongException.class)
        .hasMessageNotContaining(ID)
        .hasMessageNotContaining(PHONE)
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(e.toString()).doesNotContain(ID, PHONE));
  }
}
