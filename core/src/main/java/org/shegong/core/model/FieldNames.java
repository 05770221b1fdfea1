package org.shegong.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON field names of every type of the model: the record types and the nested objects.
 *
 * <p>Each model class also exposes its list as a {@code FIELD_NAMES} constant; this registry lets
 * generic code (a reader detecting unknown fields, a schema generator) find the list from a class.
 * Field names equal the accessor names and are listed in the order of the exchange format.
 *
 * @since 0.1.0
 */
public final class FieldNames {

  private static final Map<Class<?>, List<String>> BY_TYPE =
      Map.ofEntries(
          Map.entry(Agency.class, Agency.FIELD_NAMES),
          Map.entry(Station.class, Station.FIELD_NAMES),
          Map.entry(Worker.class, Worker.FIELD_NAMES),
          Map.entry(Child.class, Child.FIELD_NAMES),
          Map.entry(ServiceRecord.class, ServiceRecord.FIELD_NAMES),
          Map.entry(Demand.class, Demand.FIELD_NAMES),
          Map.entry(Project.class, Project.FIELD_NAMES),
          Map.entry(Volunteer.class, Volunteer.FIELD_NAMES),
          Map.entry(VolunteerTeam.class, VolunteerTeam.FIELD_NAMES),
          Map.entry(ServicePlan.class, ServicePlan.FIELD_NAMES),
          Map.entry(Qualification.class, Qualification.FIELD_NAMES),
          Map.entry(Parent.class, Parent.FIELD_NAMES),
          Map.entry(Guardian.class, Guardian.FIELD_NAMES),
          Map.entry(GuardianConsent.class, GuardianConsent.FIELD_NAMES),
          Map.entry(Classification.class, Classification.FIELD_NAMES),
          Map.entry(CarePlan.class, CarePlan.FIELD_NAMES),
          Map.entry(ResponsiblePeople.class, ResponsiblePeople.FIELD_NAMES),
          Map.entry(Visit.class, Visit.FIELD_NAMES));

  private FieldNames() {}

  /**
   * Returns the JSON field names of a model type.
   *
   * @param modelType the abstract model class, for example {@code Guardian.class}; an instance's
   *     generated implementation class is accepted too; may be null, which finds nothing
   * @return the unmodifiable list of field names in the exchange format's order, or empty when the
   *     class is not a type of the model
   */
  public static Optional<List<String>> of(Class<?> modelType) {
    for (Class<?> type = modelType; type != null; type = type.getSuperclass()) {
      List<String> names = BY_TYPE.get(type);
      if (names != null) {
        return Optional.of(names);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every type of the model that has field names: the record types and the nested objects.
   *
   * @return an unmodifiable set of the 18 abstract model classes, in no particular order; never
   *     null
   */
  public static Set<Class<?>> modelTypes() {
    return BY_TYPE.keySet();
  }
}
