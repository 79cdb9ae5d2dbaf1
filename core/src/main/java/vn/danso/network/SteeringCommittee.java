package vn.danso.network;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.admin.UnitCode;
import vn.danso.body.Body;
import vn.danso.internal.DansoStyle;

/**
 * An inter-sector steering committee for population work at one unit (Ban chỉ đạo công tác dân số, the mechanism of
 * "phối hợp liên ngành"): the committee itself, the bodies that sit on it (health, education, justice, the Fatherland
 * Front, the Women's Union, the Youth Union…) and its standing member (cơ quan thường trực), usually the health
 * sector's population office.
 *
 * <p>The unit is the committee body's {@linkplain vn.danso.body.Jurisdiction jurisdiction}. Whether the members
 * belong to that territory, and whether each unit that should have a committee has one, is checked by
 * {@link NetworkValidator}.
 */
@Value.Immutable
@DansoStyle
public abstract class SteeringCommittee {
  SteeringCommittee() {}

  /**
   * Returns the committee as a body (kind {@code intersector.population-steering-committee} for the built-in kinds).
   *
   * @return the committee
   */
  public abstract Body committee();

  /**
   * Returns the bodies that sit on the committee, in the order the founding decision lists them.
   *
   * @return the member bodies
   */
  public abstract ImmutableList<Body> members();

  /**
   * Returns the standing member (cơ quan thường trực), if named; it is one of the {@linkplain #members members}.
   *
   * @return the standing member, or empty
   */
  public abstract Optional<Body> standingMember();

  /**
   * Returns the code of the unit the committee serves.
   *
   * @return the unit code of the committee's jurisdiction
   */
  public UnitCode unit() {
    return committee().jurisdiction().unit();
  }

  @Value.Check
  void check() {
    standingMember().ifPresent(s -> checkState(members().contains(s),
        "the standing member %s of %s is not among its members: add it to members", s.id(), committee().id()));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of steering committees
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SteeringCommittee}; the committee body is required. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * SteeringCommittee haiDuong = SteeringCommittee.builder()
   *     .committee(provincialCommittee)     // a body of kind BodyKinds.POPULATION_STEERING_COMMITTEE
   *     .addMembers(soYTe, hoiPhuNu)        // in the order the founding decision lists them
   *     .standingMember(soYTe)              // one of the members
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableSteeringCommittee.Builder {
    Builder() {}
  }
}
