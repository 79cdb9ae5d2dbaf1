package vn.danso.body;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.internal.IdentifierShape;
import vn.danso.internal.DansoStyle;
import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * A kind of issuing body (loại cơ quan ban hành): "Tỉnh ủy, Thành ủy", "Ủy ban nhân dân", "Trạm Y tế"… with its
 * {@linkplain BodySystem system}, the administrative levels it exists at, and the abbreviation its documents
 * usually carry in their symbol, where one is known.
 *
 * <p>The kinds danso knows are constants of {@link BodyKinds}; an integrator defines others with
 * {@link #builder()}. Kinds compare by value.
 *
 * <pre>{@code
 * BodyKind healthCentre = BodyKind.builder()
 *     .id("sector.district-health-centre")
 *     .system(BodySystem.POPULATION_SECTOR)
 *     .name("Trung tâm Y tế huyện", "district health centre")
 *     .addLevels(AdministrativeLevel.DISTRICT)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DansoStyle
public abstract class BodyKind implements Localized {
  private static final IdentifierShape ID = IdentifierShape.lowerCase("body kind id", ".", "-", (char) 0,
      "use lower-case dotted words such as \"party.provincial-committee\"");

  BodyKind() {}

  /**
   * Returns the kind's stable id, lower-case dotted words such as {@code "party.provincial-committee"}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the system the kind belongs to.
   *
   * @return the system
   */
  public abstract BodySystem system();

  /**
   * Returns the kind's name in Vietnamese and English.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * Returns the administrative levels at which bodies of this kind exist: a Huyện ủy serves a district, an Ủy ban
   * nhân dân a province, district or commune.
   *
   * @return the levels, never empty
   */
  public abstract ImmutableSet<AdministrativeLevel> levels();

  /**
   * Returns the abbreviation bodies of this kind usually carry in document symbols ({@code TU} for a Tỉnh ủy), when
   * the kind has one abbreviation for all its bodies. Ministries, departments and mass organisations each have
   * their own, so their kinds have none.
   *
   * @return the usual abbreviation, or empty
   */
  public abstract Optional<String> abbreviation();

  @Override
  public String label(Language language) {
    return name().get(language);
  }

  @Value.Check
  void check() {
    if (!ID.matches(id())) {
      throw new IllegalStateException(ID.misuse(id()));
    }
    checkState(!levels().isEmpty(), "body kind %s has no level: add the levels its bodies serve with addLevels(…)",
        id());
    checkState(abbreviation().isEmpty() || !abbreviation().get().isBlank(),
        "body kind %s has a blank abbreviation; omit it", id());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of body kinds
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BodyKind}; id, system, name and at least one level are required. Not thread-safe. */
  public static final class Builder extends ImmutableBodyKind.Builder {
    Builder() {}

    /**
     * Sets the name.
     *
     * @param vi the Vietnamese name
     * @param en the English name
     * @return this builder
     */
    public Builder name(String vi, String en) {
      return name(LocalizedText.of(vi, en));
    }
  }
}
