package org.shegong.validation.internal.constraints;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.shegong.validation.internal.engine.Finding;
import org.shegong.validation.internal.engine.ValidationPayload;

/**
 * Turns findings into constraint violations: one violation per finding, the finding as dynamic
 * payload, and property nodes for a path below the constrained element.
 *
 * <p>A path is a sequence of field names ({@code String}) and list indexes ({@code Integer}), as in
 * a JSON Pointer: {@code "visits", 2, "on"} gives the Hibernate Validator path {@code
 * visits[2].on}; {@code "workerIds", 1} gives {@code workerIds[1].<list element>}; {@code
 * "servicePlan", "slots", 2, 0} gives {@code servicePlan.slots[2].<list element>[0].<list
 * element>}.
 *
 * @since 0.1.0
 */
public final class Violations {

  private static final String LIST_ELEMENT = "<list element>";

  private Violations() {}

  /**
   * Returns the payload of the Shegong validator, if the constraint runs inside one.
   *
   * @param context the validator context; not null
   * @return the payload, or null for a plain Jakarta Validation validator
   */
  public static @Nullable ValidationPayload payload(ConstraintValidatorContext context) {
    try {
      return context
          .unwrap(HibernateConstraintValidatorContext.class)
          .getConstraintValidatorPayload(ValidationPayload.class);
    } catch (RuntimeException notHibernate) {
      return null;
    }
  }

  /**
   * Returns the reference date: the validator's clock.
   *
   * @param context the validator context; not null
   * @return today according to the validator's {@link jakarta.validation.ClockProvider}
   */
  public static LocalDate today(ConstraintValidatorContext context) {
    return LocalDate.now(context.getClockProvider().getClock());
  }

  /**
   * Reports findings on the constrained element itself.
   *
   * @param context the validator context; not null
   * @param findings the findings; not null
   * @param defaultTemplate the constraint's default message template; not null
   * @param template a function from rule code to template when the message is the default one
   * @return {@code true} when there was no finding (the value is valid)
   */
  public static boolean reportAll(
      ConstraintValidatorContext context,
      List<Finding> findings,
      String defaultTemplate,
      java.util.function.Function<String, String> template) {
    if (findings.isEmpty()) {
      return true;
    }
    String configured = context.getDefaultConstraintMessageTemplate();
    boolean perRule = configured.equals(defaultTemplate);
    for (Finding finding : findings) {
      report(context, perRule ? template.apply(finding.ruleCode()) : configured, finding);
    }
    return false;
  }

  /**
   * Reports one finding as a violation at a path below the constrained element.
   *
   * @param context the validator context; not null
   * @param template the message template of the violation; not null
   * @param finding the finding; not null
   * @param path field names and list indexes below the constrained element; may be empty
   */
  public static void report(
      ConstraintValidatorContext context, String template, Finding finding, Object... path) {
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.disableDefaultConstraintViolation();
    hibernate.withDynamicPayload(finding);
    Object builder = hibernate.buildConstraintViolationWithTemplate(template);
    @Nullable Integer pendingIndex = null;
    for (Object segment : path) {
      if (segment instanceof Integer index) {
        if (pendingIndex != null) {
          builder = listElement(builder, pendingIndex);
        }
        pendingIndex = index;
      } else {
        builder = property(builder, (String) segment, pendingIndex);
        pendingIndex = null;
      }
    }
    if (pendingIndex != null) {
      builder = listElement(builder, pendingIndex);
    }
    add(builder);
  }

  private static Object property(Object builder, String name, @Nullable Integer index) {
    NodeBuilderCustomizableContext node;
    if (builder instanceof ConstraintViolationBuilder b) {
      node = b.addPropertyNode(name);
    } else if (builder instanceof NodeBuilderCustomizableContext b) {
      node = b.addPropertyNode(name);
    } else if (builder instanceof NodeBuilderDefinedContext b) {
      node = b.addPropertyNode(name);
    } else if (builder instanceof ContainerElementNodeBuilderCustomizableContext b) {
      node = b.addPropertyNode(name);
    } else {
      node = ((ContainerElementNodeBuilderDefinedContext) builder).addPropertyNode(name);
    }
    return index == null ? node : node.inIterable().atIndex(index);
  }

  private static Object listElement(Object builder, int index) {
    ContainerElementNodeBuilderCustomizableContext node;
    if (builder instanceof ConstraintViolationBuilder b) {
      node = b.addContainerElementNode(LIST_ELEMENT, List.class, 0);
    } else if (builder instanceof NodeBuilderCustomizableContext b) {
      node = b.addContainerElementNode(LIST_ELEMENT, List.class, 0);
    } else if (builder instanceof NodeBuilderDefinedContext b) {
      node = b.addContainerElementNode(LIST_ELEMENT, List.class, 0);
    } else if (builder instanceof ContainerElementNodeBuilderCustomizableContext b) {
      node = b.addContainerElementNode(LIST_ELEMENT, List.class, 0);
    } else {
      node =
          ((ContainerElementNodeBuilderDefinedContext) builder)
              .addContainerElementNode(LIST_ELEMENT, List.class, 0);
    }
    return node.inIterable().atIndex(index);
  }

  private static void add(Object builder) {
    if (builder instanceof ConstraintViolationBuilder b) {
      b.addConstraintViolation();
    } else if (builder instanceof NodeBuilderCustomizableContext b) {
      b.addConstraintViolation();
    } else if (builder instanceof NodeBuilderDefinedContext b) {
      b.addConstraintViolation();
    } else if (builder instanceof ContainerElementNodeBuilderCustomizableContext b) {
      b.addConstraintViolation();
    } else {
      ((ContainerElementNodeBuilderDefinedContext) builder).addConstraintViolation();
    }
  }
}
