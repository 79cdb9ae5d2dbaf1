package vn.danso.network;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import org.immutables.value.Value;
import vn.danso.admin.UnitCode;
import vn.danso.internal.DansoStyle;

/**
 * A population collaborator (cộng tác viên dân số): the person in a village or residential group (thôn, tổ dân phố)
 * who keeps the population records of its households, counsels families and reports to the commune's population
 * officer. The norm is one collaborator for each village; a collaborator may cover several small villages of one
 * commune, and may also do family and children's work ({@link Duty#FAMILY_AND_CHILDREN}).
 *
 * <p>danso models the network, not the person: a collaborator is known by the integrator's id, the villages covered,
 * the duties and the days of service. Data defects (a village code that is not a village, villages in two communes)
 * are reported by {@link NetworkValidator}, not thrown.
 *
 * <pre>{@code
 * Collaborator ctv = Collaborator.builder()
 *     .id("ctv-10507-01")
 *     .addVillages(UnitCode.of("10507-01"))
 *     .duties(Duty.POPULATION, Duty.FAMILY_AND_CHILDREN)
 *     .service(Range.atLeast(LocalDate.of(2021, 1, 1)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DansoStyle
public abstract class Collaborator {
  Collaborator() {}

  /**
   * Returns the integrator's stable id for this collaborator.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Returns the codes of the villages or residential groups covered.
   *
   * @return the village codes, at least one
   */
  public abstract ImmutableSet<UnitCode> villages();

  /**
   * Returns the fields of work covered; {@link Duty#POPULATION} is always among them.
   *
   * @return the duties
   */
  // The default is not empty, so the builder takes the whole value at once rather than adding to it.
  @SuppressWarnings("immutables:untype")
  @Value.Default
  public ImmutableSet<Duty> duties() {
    return ImmutableSet.of(Duty.POPULATION);
  }

  /**
   * Returns the days of service; unbounded when not given.
   *
   * @return the service period
   */
  @Value.Default
  public Range<LocalDate> service() {
    return Range.all();
  }

  /**
   * Returns true if the collaborator serves on the given day.
   *
   * @param date the day
   * @return whether the day is within the service period
   */
  public boolean servesOn(LocalDate date) {
    return service().contains(date);
  }

  /**
   * Returns true if the collaborator also does family and children's work.
   *
   * @return whether {@link Duty#FAMILY_AND_CHILDREN} is a duty
   */
  public boolean alsoCoversFamilyAndChildren() {
    return duties().contains(Duty.FAMILY_AND_CHILDREN);
  }

  @Value.Check
  void check() {
    checkState(!id().isBlank(), "collaborator id is blank: give each collaborator a stable id");
    checkState(!villages().isEmpty(), "collaborator %s covers no village: add at least one village code", id());
    checkState(duties().contains(Duty.POPULATION),
        "collaborator %s: duties %s lack POPULATION, which every population collaborator does", id(), duties());
    checkState(!service().isEmpty(), "collaborator %s: the service period %s is empty", id(), service());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of collaborators
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Collaborator}; id and at least one village are required. Not thread-safe. */
  public static final class Builder extends ImmutableCollaborator.Builder {
    Builder() {}

    /**
     * Sets the duties; {@link Duty#POPULATION} must be among them.
     *
     * @param first a duty
     * @param rest more duties
     * @return this builder
     */
    public Builder duties(Duty first, Duty... rest) {
      return duties(Sets.immutableEnumSet(first, rest));
    }
  }
}
