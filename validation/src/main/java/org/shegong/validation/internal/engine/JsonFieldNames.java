package org.shegong.validation.internal.engine;

import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/**
 * Names property nodes with the exchange format's JSON field names.
 *
 * <p>The model's accessor names are its JSON field names (core's {@code FieldNames} lists them and
 * core's tests hold the two equal), so the JSON name of a property is the name of its accessor;
 * this provider is the single place that would map them if they ever differed.
 *
 * @since 0.1.0
 */
public final class JsonFieldNames implements PropertyNodeNameProvider {

  /** Creates the provider. */
  public JsonFieldNames() {}

  @Override
  public String getName(Property property) {
    return property.getName();
  }
}
