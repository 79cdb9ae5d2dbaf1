package vn.danso.body;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitType;
import vn.danso.admin.UnitVersion;
import vn.danso.text.VietnameseText;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * An issuer named in words (cơ quan ban hành nêu bằng chữ), as a citation writes it after "của": "Ban Chấp hành Đảng
 * bộ tỉnh", "UBND tỉnh Sơn La", "Thành ủy Hà Nội", read as the provincial body it names where the reading is
 * certain.
 *
 * <p>The words must name a kind of provincial body and a place. The kinds read: Ban Chấp hành Đảng bộ tỉnh (thành
 * phố) and Tỉnh ủy (Thành ủy) as {@link BodyKinds#PROVINCIAL_PARTY_COMMITTEE}; Ban Thường vụ Tỉnh ủy (Thành ủy) as
 * {@link BodyKinds#PROVINCIAL_STANDING_BOARD}; Ủy ban nhân dân (UBND) tỉnh as {@link BodyKinds#PEOPLES_COMMITTEE};
 * Hội đồng nhân dân (HĐND) tỉnh as {@link BodyKinds#PEOPLES_COUNCIL}. The place is either written ("tỉnh Sơn La",
 * "thành phố Hà Nội", "Tỉnh ủy Hải Dương") and found by its full name among the provinces of the hierarchy on the
 * day, or, for "tỉnh" alone, the citing document's own province, which the caller gives.
 *
 * <p>Nothing is guessed: words of any other kind, a place no province of the day bears, "thành phố" or "Thành ủy"
 * with no name (a provincial city has its own Thành ủy), or "tỉnh" alone without a citing province (or with a
 * citing unit that is no province) read as empty, and the caller keeps the words. "Thành ủy" with a name is read only
 * when the name is a centrally governed city's ("Thành ủy Hà Nội"), never a province's ("Thành ủy Thái Nguyên" is
 * the city's committee, not the province's).
 *
 * <p>A body read has the id {@code party.tu.}, {@code party.btv.}, {@code state.ubnd.} or {@code state.hdnd.}
 * followed by the province's code ({@code party.tu.14} for Tỉnh ủy Sơn La), its name in words ("Tỉnh ủy Sơn La",
 * "Ủy ban nhân dân tỉnh Sơn La"), and the province as its jurisdiction:
 *
 * <pre>{@code
 * HierarchySnapshot day = VietnamCatalogue.hierarchy().asOf(LocalDate.of(2018, 3, 5));
 * Optional<Body> committee = IssuerWords.read("Ban Chấp hành Đảng bộ tỉnh", day, UnitCode.of("14"));
 * // Tỉnh ủy Sơn La, id party.tu.14
 * }</pre>
 *
 * <p>{@link #check} says so, with a finding, where words of a kind read here name no province for certain.
 * Stateless and thread-safe; no I/O.
 */
public final class IssuerWords {
  private record Kind(String words, BodyKind kind, String idPrefix, String placeWord) {}

  /** The words of each kind, longest first; the place word that follows ("tỉnh", "thành phố") or is part of them. */
  private static final ImmutableList<Kind> KINDS = ImmutableList.of(
      new Kind("ban chấp hành đảng bộ tỉnh", BodyKinds.PROVINCIAL_PARTY_COMMITTEE, "party.tu.", "tỉnh"),
      new Kind("ban chấp hành đảng bộ thành phố", BodyKinds.PROVINCIAL_PARTY_COMMITTEE, "party.tu.", "thành phố"),
      new Kind("ban thường vụ tỉnh ủy", BodyKinds.PROVINCIAL_STANDING_BOARD, "party.btv.", "tỉnh"),
      new Kind("ban thường vụ thành ủy", BodyKinds.PROVINCIAL_STANDING_BOARD, "party.btv.", "thành phố"),
      new Kind("tỉnh ủy", BodyKinds.PROVINCIAL_PARTY_COMMITTEE, "party.tu.", "tỉnh"),
      new Kind("thành ủy", BodyKinds.PROVINCIAL_PARTY_COMMITTEE, "party.tu.", "thành phố"),
      new Kind("ủy ban nhân dân tỉnh", BodyKinds.PEOPLES_COMMITTEE, "state.ubnd.", "tỉnh"),
      new Kind("ủy ban nhân dân thành phố", BodyKinds.PEOPLES_COMMITTEE, "state.ubnd.", "thành phố"),
      new Kind("ubnd tỉnh", BodyKinds.PEOPLES_COMMITTEE, "state.ubnd.", "tỉnh"),
      new Kind("ubnd thành phố", BodyKinds.PEOPLES_COMMITTEE, "state.ubnd.", "thành phố"),
      new Kind("hội đồng nhân dân tỉnh", BodyKinds.PEOPLES_COUNCIL, "state.hdnd.", "tỉnh"),
      new Kind("hội đồng nhân dân thành phố", BodyKinds.PEOPLES_COUNCIL, "state.hdnd.", "thành phố"),
      new Kind("hđnd tỉnh", BodyKinds.PEOPLES_COUNCIL, "state.hdnd.", "tỉnh"),
      new Kind("hđnd thành phố", BodyKinds.PEOPLES_COUNCIL, "state.hdnd.", "thành phố"));

  private IssuerWords() {}

  /**
   * Reads an issuer named in words whose place is written ("UBND tỉnh Sơn La", "Thành ủy Hà Nội").
   *
   * @param words the issuer as the text names it, without "của"
   * @param day the hierarchy on the citation's day, whose provinces the place is looked up among
   * @return the body, or empty where the words name no kind read here or no province of the day, or the reading is
   *     not certain
   */
  public static Optional<Body> read(String words, HierarchySnapshot day) {
    checkNotNull(words, "words are null");
    checkNotNull(day, "hierarchy snapshot is null");
    return resolve(words, day, null);
  }

  /**
   * Reads an issuer named in words, "tỉnh" alone meaning the citing document's own province ("Ban Chấp hành Đảng
   * bộ tỉnh" in a programme of Sơn La's People's Committee is Tỉnh ủy Sơn La).
   *
   * @param words the issuer as the text names it, without "của"
   * @param day the hierarchy on the citation's day
   * @param citingProvince the province of the citing document's issuer
   * @return the body, or empty where the reading is not certain
   */
  public static Optional<Body> read(String words, HierarchySnapshot day, UnitCode citingProvince) {
    checkNotNull(words, "words are null");
    checkNotNull(day, "hierarchy snapshot is null");
    checkNotNull(citingProvince, "citing province is null: without one, call read(words, day)");
    return resolve(words, day, citingProvince);
  }

  /**
   * Says whether words that name a kind of provincial body could not be read: one {@link
   * BodyRules#ISSUER_WORDS_UNREAD} finding (information, the words as actual) where {@link #read(String,
   * HierarchySnapshot)} is empty for words of a kind read here ("Thành ủy", "UBND tỉnh Sài Gòn"); an empty report
   * where the words are read, or name a kind of body this class does not read (a ministry, "Ban Chấp hành Trung
   * ương Đảng"), for which the caller has other means.
   *
   * @param words the issuer as the text names it, without "của"
   * @param day the hierarchy on the citation's day
   * @param subject what the finding is about, e.g. the citation
   * @return the report, empty or with one finding
   */
  public static ValidationReport check(String words, HierarchySnapshot day, Subject subject) {
    checkNotNull(words, "words are null");
    checkNotNull(day, "hierarchy snapshot is null");
    checkNotNull(subject, "subject is null");
    return report(words, day, null, subject);
  }

  /**
   * Says whether words that name a kind of provincial body could not be read, "tỉnh" alone meaning the citing
   * document's own province; as {@link #check(String, HierarchySnapshot, Subject)} otherwise.
   *
   * @param words the issuer as the text names it, without "của"
   * @param day the hierarchy on the citation's day
   * @param citingProvince the province of the citing document's issuer
   * @param subject what the finding is about, e.g. the citation
   * @return the report, empty or with one finding
   */
  public static ValidationReport check(String words, HierarchySnapshot day, UnitCode citingProvince,
      Subject subject) {
    checkNotNull(words, "words are null");
    checkNotNull(day, "hierarchy snapshot is null");
    checkNotNull(citingProvince, "citing province is null: without one, call check(words, day, subject)");
    checkNotNull(subject, "subject is null");
    return report(words, day, citingProvince, subject);
  }

  private static ValidationReport report(String words, HierarchySnapshot day, UnitCode citingProvince,
      Subject subject) {
    String key = VietnameseText.matchKey(words).strip();
    boolean provincialKind = KINDS.stream().anyMatch(k -> key.equals(k.words) || key.startsWith(k.words + " "));
    if (!provincialKind || resolve(words, day, citingProvince).isPresent()) {
      return ValidationReport.builder().build();
    }
    return ValidationReport.builder()
        .add(BodyRules.ISSUER_WORDS_UNREAD.finding(subject).actual(VietnameseText.normalize(words).strip()).build())
        .build();
  }

  private static Optional<Body> resolve(String words, HierarchySnapshot day, UnitCode citingProvince) {
    String key = VietnameseText.matchKey(words).strip();
    for (Kind kind : KINDS) {
      if (key.equals(kind.words) || key.startsWith(kind.words + " ")) {
        return place(kind, key.substring(kind.words.length()).strip(), day, citingProvince);
      }
    }
    return Optional.empty();
  }

  private static Optional<Body> place(Kind kind, String rest, HierarchySnapshot day, UnitCode citingProvince) {
    UnitVersion province;
    if (rest.isEmpty()) {
      if (!kind.placeWord.equals("tỉnh") || citingProvince == null) {
        return Optional.empty();
      }
      province = day.unit(citingProvince).filter(u -> u.type() == UnitType.TINH).orElse(null);
    } else {
      String wanted = kind.placeWord + " " + rest;
      province = day.children("VN").stream()
          .filter(u -> u.level() == AdministrativeLevel.PROVINCE)
          .filter(u -> VietnameseText.matchKey(u.fullName()).equals(wanted))
          .findFirst().orElse(null);
    }
    if (province == null) {
      return Optional.empty();
    }
    return Optional.of(Body.builder().id(kind.idPrefix + province.code().value())
        .name(name(kind.kind, province)).kind(kind.kind)
        .jurisdiction(Jurisdiction.of(province.code(), province.name())).build());
  }

  private static String name(BodyKind kind, UnitVersion province) {
    boolean city = province.type() == UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG;
    String place = (city ? "thành phố " : "tỉnh ") + province.name();
    if (kind.equals(BodyKinds.PROVINCIAL_PARTY_COMMITTEE)) {
      return (city ? "Thành ủy " : "Tỉnh ủy ") + province.name();
    } else if (kind.equals(BodyKinds.PROVINCIAL_STANDING_BOARD)) {
      return (city ? "Ban Thường vụ Thành ủy " : "Ban Thường vụ Tỉnh ủy ") + province.name();
    } else if (kind.equals(BodyKinds.PEOPLES_COUNCIL)) {
      return "Hội đồng nhân dân " + place;
    }
    return "Ủy ban nhân dân " + place;
  }
}
