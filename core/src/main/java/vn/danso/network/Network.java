package vn.danso.network;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import org.immutables.value.Value;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.UnitCode;
import vn.danso.internal.DansoStyle;

/**
 * The network that carries out population work in one territory (mạng lưới làm công tác dân số): the inter-sector
 * steering committees at each level and the collaborators in the villages and residential groups.
 *
 * <p>The scope is the unit whose network this is, usually a province. Each unit in the scope at one of the
 * {@linkplain #committeeLevels() committee levels} is expected to have a steering committee (province, district while
 * that level existed, and commune by default), and each village or residential group a collaborator.
 * {@link NetworkValidator} checks the network against the administrative map of a day; {@link NetworkCoverage}
 * counts what is covered.
 *
 * <pre>{@code
 * Network haiDuong = Network.builder()
 *     .scope(UnitCode.of("30"))
 *     .addCommittees(provincialCommittee, wardCommittee)
 *     .addCollaborators(ctv1, ctv2)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DansoStyle
public abstract class Network {
  private static final ImmutableSet<AdministrativeLevel> COMMITTEE_LEVELS =
      Sets.immutableEnumSet(AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT, AdministrativeLevel.COMMUNE);

  Network() {}

  /**
   * Returns the code of the unit whose network this is.
   *
   * @return the scope
   */
  public abstract UnitCode scope();

  /**
   * Returns the steering committees, at any level within the scope.
   *
   * @return the committees
   */
  public abstract ImmutableList<SteeringCommittee> committees();

  /**
   * Returns the collaborators.
   *
   * @return the collaborators
   */
  public abstract ImmutableList<Collaborator> collaborators();

  /**
   * Returns the levels at which every unit is expected to have a steering committee: province, district and
   * commune unless set. Levels that do not exist on a day (the district level from 2025-07-01) ask nothing.
   *
   * @return the levels
   */
  // The default is not empty, so the builder takes the whole value at once rather than adding to it.
  @SuppressWarnings("immutables:untype")
  @Value.Default
  public ImmutableSet<AdministrativeLevel> committeeLevels() {
    return COMMITTEE_LEVELS;
  }

  @Value.Check
  void check() {
    checkState(!committeeLevels().contains(AdministrativeLevel.NATION)
            && !committeeLevels().contains(AdministrativeLevel.VILLAGE),
        "committee levels %s: steering committees sit at province, district or commune level", committeeLevels());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of networks
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Network}; the scope is required. Not thread-safe. */
  public static final class Builder extends ImmutableNetwork.Builder {
    Builder() {}
  }
}
