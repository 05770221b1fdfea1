package org.shegong.core.code;

/**
 * Role a person holds in the social-work system (人员角色); a person may hold several.
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum WorkerRole implements Coded {
  /** 驻站社工: social worker stationed at a 社工站. */
  RESIDENT_SOCIAL_WORKER("驻站社工", "resident social worker"),
  /** 驻校社工: social worker stationed at a school. */
  SCHOOL_SOCIAL_WORKER("驻校社工", "school social worker"),
  /** 督导: professional supervisor of social workers. */
  SUPERVISOR("督导", "supervisor"),
  /** 儿童主任: child director, at village (村/居) level. */
  CHILD_DIRECTOR("儿童主任", "child director"),
  /** 儿童督导员: child supervisor, at township (乡镇/街道) level. */
  CHILD_SUPERVISOR("儿童督导员", "child supervisor"),
  /** 志愿者骨干/领队: volunteer leader. */
  VOLUNTEER_LEADER("志愿者骨干", "volunteer leader");

  private final String labelZh;
  private final String labelEn;

  WorkerRole(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "CHILD_DIRECTOR"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static WorkerRole ofCode(String code) {
    return CodeSets.byCode(WorkerRole.class, code);
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String labelZh() {
    return labelZh;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
