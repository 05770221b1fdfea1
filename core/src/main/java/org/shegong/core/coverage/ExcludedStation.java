package org.shegong.core.coverage;

import org.immutables.value.Value;
import org.shegong.core.model.Station;

/**
 * A station that did not count toward a {@link Coverage}, with the reason.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ExcludedStation implements WithExcludedStation {

  ExcludedStation() {}

  /**
   * Returns the station as it was given.
   *
   * @return the station, never null
   */
  public abstract Station station();

  /**
   * Returns why the station did not count.
   *
   * @return the reason, never null
   */
  public abstract ExclusionReason reason();

  /**
   * Returns an excluded station.
   *
   * @param station the station; not null
   * @param reason why it did not count; not null
   * @return the excluded station, never null
   */
  public static ExcludedStation of(Station station, ExclusionReason reason) {
    return builder().station(station).reason(reason).build();
  }

  /**
   * Starts building an {@link ExcludedStation}; both attributes are mandatory.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link ExcludedStation}; a null argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableExcludedStation.Builder {
    Builder() {}
  }
}
