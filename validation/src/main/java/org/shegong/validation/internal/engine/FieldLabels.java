package org.shegong.validation.internal.engine;

import java.util.Locale;
import java.util.Map;
import org.shegong.core.message.LocalizedTemplate;

/**
 * Fields as Chinese messages name them: the Chinese label with the JSON field name in brackets
 * ({@code 出生日期（birthDate）}); English messages name the field alone.
 *
 * <p>A dotted field ({@code visits.on}) takes the label of the whole path when it has one, else the
 * label of its last segment; a field without a label is named by its JSON name alone.
 *
 * @since 0.1.0
 */
public final class FieldLabels {

  private static final LocalizedTemplate LABELLED =
      LocalizedTemplate.of("{label}（{field}）", "{field}");

  private static final Map<String, String> PATHS =
      Map.of(
          "visits.on", "走访日期",
          "visits.workerId", "走访人",
          "guardianConsent.on", "同意日期",
          "guardianConsent.given", "监护人是否同意",
          "guardian.phone", "监护人联系电话",
          "guardian.name", "监护人姓名",
          "parents.since", "父母情形起始日期",
          "parents.until", "父母情形结束日期");

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("agencyId", "所属机构"),
          Map.entry("amount", "金额"),
          Map.entry("assessedOn", "评估日期"),
          Map.entry("assessorId", "评估人"),
          Map.entry("birthDate", "出生日期"),
          Map.entry("brand", "服务品牌"),
          Map.entry("carePlan", "个案帮扶计划"),
          Map.entry("caseStage", "个案阶段"),
          Map.entry("categories", "儿童类别"),
          Map.entry("certificateNo", "证书编号"),
          Map.entry("channel", "需求来源渠道"),
          Map.entry("childDirectorId", "儿童主任"),
          Map.entry("childSupervisorId", "儿童督导员"),
          Map.entry("citizenId", "公民身份号码"),
          Map.entry("classification", "分级"),
          Map.entry("continuingEducationHours", "继续教育学时"),
          Map.entry("createdOn", "建档日期"),
          Map.entry("creditCode", "统一社会信用代码"),
          Map.entry("difficulty", "难易程度"),
          Map.entry("divisionCode", "区划代码"),
          Map.entry("domain", "服务领域"),
          Map.entry("endedOn", "结束日期"),
          Map.entry("endsOn", "结束日期"),
          Map.entry("fiveSocialLinkage", "五社联动"),
          Map.entry("framework", "服务体系"),
          Map.entry("funding", "资金来源"),
          Map.entry("given", "是否同意"),
          Map.entry("goals", "帮扶目标"),
          Map.entry("guardian", "监护人"),
          Map.entry("guardianConsent", "监护人同意"),
          Map.entry("id", "编号"),
          Map.entry("kind", "类型"),
          Map.entry("leaderId", "队长"),
          Map.entry("level", "级别"),
          Map.entry("linkageParties", "联动主体"),
          Map.entry("memberIds", "队员"),
          Map.entry("method", "服务方式"),
          Map.entry("name", "名称"),
          Map.entry("nextReviewOn", "下次复评日期"),
          Map.entry("obtainedOn", "取证日期"),
          Map.entry("on", "日期"),
          Map.entry("openedOn", "开办日期"),
          Map.entry("operatorAgencyId", "运营机构"),
          Map.entry("parents", "父母情况"),
          Map.entry("participants", "服务人次"),
          Map.entry("phone", "联系电话"),
          Map.entry("qualification", "职业资格"),
          Map.entry("reasons", "分级理由"),
          Map.entry("recipientIds", "服务对象"),
          Map.entry("registeredOn", "登记日期"),
          Map.entry("registeredUntil", "登记有效期至"),
          Map.entry("rejectionReason", "不予受理原因"),
          Map.entry("relation", "关系"),
          Map.entry("responsibleIds", "责任人"),
          Map.entry("roles", "岗位角色"),
          Map.entry("ruralHousehold", "农业户籍"),
          Map.entry("satisfaction", "满意度"),
          Map.entry("serviceHours", "服务时长"),
          Map.entry("servicePlan", "服务方案"),
          Map.entry("serviceRecordIds", "服务记录"),
          Map.entry("sessions", "服务节数"),
          Map.entry("sex", "性别"),
          Map.entry("since", "起始日期"),
          Map.entry("situation", "情形"),
          Map.entry("slots", "方案栏目"),
          Map.entry("socialWorkerId", "专业社会工作者"),
          Map.entry("startedOn", "开始日期"),
          Map.entry("startsOn", "开始日期"),
          Map.entry("stationId", "社工站点"),
          Map.entry("status", "状态"),
          Map.entry("summary", "需求摘要"),
          Map.entry("targetGroups", "服务对象类别"),
          Map.entry("teamId", "志愿服务队"),
          Map.entry("tier", "风险等级"),
          Map.entry("until", "结束日期"),
          Map.entry("urgency", "紧急程度"),
          Map.entry("visits", "走访记录"),
          Map.entry("volunteerCount", "志愿者人数"),
          Map.entry("workerId", "工作人员"),
          Map.entry("workerIds", "服务人员"));

  private FieldLabels() {}

  /**
   * Names a field for a message.
   *
   * @param field the dotted JSON field name, as {@link JsonPointers#fieldName} gives it; not null
   * @param locale the message locale; not null
   * @return {@code 出生日期（birthDate）} in Chinese, {@code birthDate} in English; the field alone when
   *     it is empty or has no label
   */
  public static String name(String field, Locale locale) {
    if (field.isEmpty()) {
      return field;
    }
    String label = PATHS.get(field);
    if (label == null) {
      label = LABELS.get(field.substring(field.lastIndexOf('.') + 1));
    }
    return label == null ? field : LABELLED.format(locale, Map.of("label", label, "field", field));
  }

  /**
   * Names a field for a message in both languages.
   *
   * @param field the dotted JSON field name; not null
   * @return the names, never null
   */
  public static Localized of(String field) {
    return new Localized(name(field, Locale.SIMPLIFIED_CHINESE), name(field, Locale.ENGLISH));
  }
}
