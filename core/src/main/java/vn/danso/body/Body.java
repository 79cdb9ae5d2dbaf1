package vn.danso.body;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.internal.DansoStyle;

/**
 * An issuing body (cơ quan, tổ chức ban hành văn bản): a Party committee, a People's Committee, a ministry, a health
 * station, a steering committee, a mass organisation. It has a {@linkplain BodyKind kind}, the abbreviation its
 * documents carry in their symbol, the territory it serves ({@linkplain Jurisdiction jurisdiction}), the days it
 * exists (validity) and, where known, its terms of office.
 *
 * <pre>{@code
 * Body bloc = Body.builder()
 *     .id("party.duk.46")
 *     .name("Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế")
 *     .kind(BodyKinds.BLOC_PARTY_COMMITTEE)                 // abbreviation ĐUK by default
 *     .jurisdiction(Jurisdiction.of(UnitCode.of("46"), "Thừa Thiên Huế").withSeat("Thành phố Huế"))
 *     .validity(Range.atMost(LocalDate.of(2024, 12, 31)))  // the province became Thành phố Huế on 2025-01-01
 *     .build();
 * }</pre>
 *
 * <p>The id is the integrator's stable key for the body; documents refer to their issuer by it. Bodies compare by
 * value. Data defects (an abbreviation another kind uses, a level the kind does not exist at) are reported by
 * {@link BodyValidator}, not thrown.
 */
@Value.Immutable
@DansoStyle
public abstract class Body {
  Body() {}

  /**
   * Returns the body's stable id, chosen by the integrator (e.g. {@code "party.tu.01"}).
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Returns the body's name in Vietnamese, e.g. {@code "Ban Thường vụ Tỉnh ủy Thừa Thiên Huế"}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the kind of body.
   *
   * @return the kind
   */
  public abstract BodyKind kind();

  /**
   * Returns the abbreviation the body's documents carry in their symbol (ký hiệu): {@code TU}, {@code UBND},
   * {@code BYT}. Defaults to the {@linkplain BodyKind#abbreviation() kind's}.
   *
   * @return the abbreviation, or empty when neither the body nor its kind has one
   */
  // The default is not empty, so the builder takes the whole value at once rather than adding to it.
  @SuppressWarnings("immutables:untype")
  @Value.Default
  public Optional<String> abbreviation() {
    return kind().abbreviation();
  }

  /**
   * Returns the territory the body serves.
   *
   * @return the jurisdiction
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the days on which the body exists, e.g. up to 2025-06-30 for a district Party committee. Defaults to
   * all days.
   *
   * @return the validity
   */
  @Value.Default
  public Range<LocalDate> validity() {
    return Range.all();
  }

  /**
   * Returns the body's terms of office, where the integrator knows them (nhiệm kỳ, khóa).
   *
   * @return the terms, possibly empty
   */
  public abstract ImmutableList<Term> terms();

  /**
   * Returns the system the body belongs to, from its kind.
   *
   * @return the system
   */
  public BodySystem system() {
    return kind().system();
  }

  /**
   * Returns the level of the unit the body serves.
   *
   * @return the level
   */
  public AdministrativeLevel level() {
    return jurisdiction().level();
  }

  /**
   * Returns true if the body exists on the day.
   *
   * @param date the day
   * @return whether the day is within the body's validity
   */
  public boolean isValidOn(LocalDate date) {
    return validity().contains(checkNotNull(date, "date is null"));
  }

  /**
   * Returns the term of office that includes the day, where known.
   *
   * @param date the day
   * @return the first term that includes it, or empty
   */
  public Optional<Term> termOn(LocalDate date) {
    checkNotNull(date, "date is null");
    for (Term term : terms()) {
      if (term.contains(date)) {
        return Optional.of(term);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    checkState(!id().isBlank(), "body id is blank: give each body a stable id");
    checkState(!name().isBlank(), "body %s has a blank name", id());
    abbreviation().ifPresent(a -> checkState(!a.isBlank(), "body %s has a blank abbreviation; omit it", id()));
    checkState(!validity().isEmpty(), "body %s has an empty validity: give the days it exists", id());
  }

  /** Returns {@code "name (id)"}. */
  @Override
  public String toString() {
    return name() + " (" + id() + ")";
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of bodies
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Body}; id, name, kind and jurisdiction are required. Not thread-safe. */
  public static final class Builder extends ImmutableBody.Builder {
    Builder() {}

    /**
     * Sets the abbreviation the body's documents carry, where it differs from its kind's or the kind has none.
     *
     * @param abbreviation e.g. {@code "BYT"}
     * @return this builder
     */
    public Builder abbreviation(String abbreviation) {
      return abbreviation(Optional.of(abbreviation));
    }
  }
}
