package org.shegong.core.privacy;

/**
 * The kinds of sensitive values in the model, each with the masking it needs.
 *
 * @since 0.1.0
 */
public enum SensitiveKind {
  /** A citizen ID number (公民身份号码): masked as {@code 110105********002X}. */
  CITIZEN_ID {
    @Override
    public String mask(String raw) {
      return Masking.citizenId(raw);
    }
  },
  /** A phone number: masked as {@code 138****1234}. */
  PHONE {
    @Override
    public String mask(String raw) {
      return Masking.phone(raw);
    }
  },
  /** The name of a person (a child, a guardian, a recipient): masked as {@code 张**}. */
  PERSON_NAME {
    @Override
    public String mask(String raw) {
      return Masking.name(raw);
    }
  },
  /**
   * A child's date of birth: masked as {@code 2012-**-**}, because together with a masked citizen
   * ID it would reveal the whole ID.
   */
  BIRTH_DATE {
    @Override
    public String mask(String raw) {
      return Masking.birthDate(raw);
    }
  },
  /** A free-text description of a family's situation (家庭情况): fully redacted as {@code ***}. */
  FAMILY_SITUATION {
    @Override
    public String mask(String raw) {
      return raw == null ? "null" : REDACTED;
    }
  };

  /** The text that replaces a fully redacted value. */
  public static final String REDACTED = "***";

  /**
   * Masks a value of this kind.
   *
   * @param raw the value to mask; may be null, which gives {@code "null"}
   * @return the masked value, never null
   */
  public abstract String mask(String raw);
}
