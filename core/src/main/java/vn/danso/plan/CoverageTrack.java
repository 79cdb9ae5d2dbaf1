package vn.danso.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import vn.danso.body.Body;
import vn.danso.body.BodyKind;
import vn.danso.body.BodyKinds;
import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * A column of a coverage report (khối cơ quan được theo dõi): which kinds of body count as "the unit's Party committee"
 * or "the unit's People's Committee" when asking whether a unit has issued its implementing document.
 *
 * <p>The built-in tracks are the territorial Party committees with their standing boards (not the bloc committees,
 * which serve agencies rather than a territory) and the People's Committees. Immutable; compares by value.
 */
public final class CoverageTrack implements Localized {
  private static final CoverageTrack PARTY = new CoverageTrack(
      LocalizedText.of("Cấp ủy Đảng", "Party committee"),
      ImmutableSet.of(BodyKinds.PARTY_CENTRAL_COMMITTEE, BodyKinds.POLITBURO, BodyKinds.SECRETARIAT,
          BodyKinds.PROVINCIAL_PARTY_COMMITTEE, BodyKinds.PROVINCIAL_STANDING_BOARD,
          BodyKinds.DISTRICT_PARTY_COMMITTEE, BodyKinds.DISTRICT_STANDING_BOARD,
          BodyKinds.URBAN_DISTRICT_PARTY_COMMITTEE, BodyKinds.TOWN_PARTY_COMMITTEE,
          BodyKinds.COMMUNE_PARTY_COMMITTEE));
  private static final CoverageTrack PEOPLES_COMMITTEE = new CoverageTrack(
      LocalizedText.of("Ủy ban nhân dân", "People's Committee"), ImmutableSet.of(BodyKinds.PEOPLES_COMMITTEE));

  private final LocalizedText name;
  private final ImmutableSet<BodyKind> kinds;
  private final ImmutableSet<String> kindIds;

  private CoverageTrack(LocalizedText name, ImmutableSet<BodyKind> kinds) {
    this.name = name;
    this.kinds = kinds;
    this.kindIds = kinds.stream().map(BodyKind::id).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the track of the territorial Party committees: Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư; Tỉnh
   * ủy, Thành ủy and their standing boards; Huyện ủy, Quận ủy, Thị ủy and theirs; Đảng ủy xã, phường, thị trấn.
   *
   * @return the track
   */
  public static CoverageTrack partyCommittee() {
    return PARTY;
  }

  /**
   * Returns the track of the People's Committees (Ủy ban nhân dân) of provinces, districts and communes.
   *
   * @return the track
   */
  public static CoverageTrack peoplesCommittee() {
    return PEOPLES_COMMITTEE;
  }

  /**
   * Returns a track of the given kinds of body.
   *
   * @param name the column's name
   * @param kinds the kinds that count; at least one
   * @return the track
   * @throws IllegalArgumentException if no kind is given
   */
  public static CoverageTrack of(LocalizedText name, Iterable<BodyKind> kinds) {
    ImmutableSet<BodyKind> set = ImmutableSet.copyOf(checkNotNull(kinds, "kinds is null"));
    checkArgument(!set.isEmpty(), "a coverage track needs at least one kind of body");
    return new CoverageTrack(checkNotNull(name, "name is null"), set);
  }

  /**
   * Returns the column's name.
   *
   * @return the name
   */
  public LocalizedText name() {
    return name;
  }

  /**
   * Returns the kinds of body that count.
   *
   * @return the kinds
   */
  public ImmutableSet<BodyKind> kinds() {
    return kinds;
  }

  /**
   * Returns true if documents of the body count for this track.
   *
   * @param body a body
   * @return whether the body's kind is one of the track's
   */
  public boolean includes(Body body) {
    return kindIds.contains(checkNotNull(body, "body is null").kind().id());
  }

  @Override
  public String label(Language language) {
    return name.get(language);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CoverageTrack && name.equals(((CoverageTrack) o).name)
        && kinds.equals(((CoverageTrack) o).kinds);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + kinds.hashCode();
  }

  /** Returns the English name. */
  @Override
  public String toString() {
    return name.get(Language.EN);
  }
}
