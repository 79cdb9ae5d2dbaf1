package vn.danso.network;

import vn.danso.validation.Rule;
import vn.danso.validation.RuleCatalogue;
import vn.danso.validation.Severity;

/** The rules {@link NetworkValidator} reports under, group {@code network}. Ids are stable API. */
public final class NetworkRules {
  /** The network's scope names no unit on the day. */
  public static final Rule SCOPE_UNKNOWN = Rule.builder()
      .id("network.scope-unknown")
      .severity(Severity.ERROR)
      .title("Phạm vi mạng lưới không phải đơn vị hành chính", "Network scope is not a unit")
      .message("Không có đơn vị mã {actual} vào ngày {date}: không kiểm tra được độ phủ của mạng lưới",
          "No unit has code {actual} on {date}: the network's coverage cannot be checked")
      .build();

  /** Two collaborators share one id. */
  public static final Rule COLLABORATOR_DUPLICATE_ID = Rule.builder()
      .id("network.collaborator-duplicate-id")
      .severity(Severity.ERROR)
      .title("Trùng mã cộng tác viên", "Duplicate collaborator id")
      .message("Mã cộng tác viên \"{actual}\" được dùng {count:lần}", "Collaborator id \"{actual}\" is used {count:time|times}")
      .build();

  /** A collaborator is assigned a code that is not a village or residential group on the day. */
  public static final Rule COLLABORATOR_NOT_VILLAGE = Rule.builder()
      .id("network.collaborator-not-village")
      .severity(Severity.ERROR)
      .title("Cộng tác viên được giao địa bàn không phải thôn, tổ dân phố",
          "Collaborator assigned to something other than a village")
      .message("Cộng tác viên {collaborator} được giao {village}, nhưng vào ngày {date} đó là {actual}",
          "Collaborator {collaborator} is assigned {village}, which on {date} is {actual}")
      .build();

  /** A collaborator covers a village outside the network's scope. */
  public static final Rule COLLABORATOR_OUTSIDE_SCOPE = Rule.builder()
      .id("network.collaborator-outside-scope")
      .severity(Severity.ERROR)
      .title("Địa bàn của cộng tác viên nằm ngoài phạm vi mạng lưới", "Collaborator's village outside the network")
      .message("Thôn, tổ dân phố {village} của cộng tác viên {collaborator} không thuộc {scope}",
          "Village {village} of collaborator {collaborator} is not within {scope}")
      .build();

  /** A collaborator covers villages of more than one commune. */
  public static final Rule COLLABORATOR_SPANS_COMMUNES = Rule.builder()
      .id("network.collaborator-spans-communes")
      .severity(Severity.WARNING)
      .title("Cộng tác viên phụ trách thôn của nhiều xã", "Collaborator covers villages of several communes")
      .message("Cộng tác viên {collaborator} phụ trách thôn, tổ dân phố thuộc {count:xã}: {actual}",
          "Collaborator {collaborator} covers villages in {count:commune|communes}: {actual}")
      .build();

  /** A village or residential group has no collaborator serving on the day. */
  public static final Rule VILLAGE_UNCOVERED = Rule.builder()
      .id("network.village-uncovered")
      .severity(Severity.WARNING)
      .title("Thôn, tổ dân phố chưa có cộng tác viên dân số", "Village without a population collaborator")
      .message("{village} ({commune}) chưa có cộng tác viên dân số vào ngày {date}",
          "{village} ({commune}) has no population collaborator on {date}")
      .build();

  /** Several collaborators cover the same village. */
  public static final Rule VILLAGE_SHARED = Rule.builder()
      .id("network.village-shared")
      .severity(Severity.INFO)
      .title("Thôn, tổ dân phố có nhiều cộng tác viên", "Village with several collaborators")
      .message("{village} có {count:cộng tác viên}: {actual}", "{village} has {count:collaborator|collaborators}: {actual}")
      .build();

  /** A unit at a committee level has no steering committee in force on the day. */
  public static final Rule COMMITTEE_MISSING = Rule.builder()
      .id("network.committee-missing")
      .severity(Severity.WARNING)
      .title("Đơn vị chưa có ban chỉ đạo công tác dân số", "Unit without a population steering committee")
      .message("{unit} chưa có ban chỉ đạo công tác dân số vào ngày {date}",
          "{unit} has no population steering committee on {date}")
      .build();

  /** A unit has more than one steering committee in force. */
  public static final Rule COMMITTEE_DUPLICATE = Rule.builder()
      .id("network.committee-duplicate")
      .severity(Severity.WARNING)
      .title("Một đơn vị có nhiều ban chỉ đạo", "Several steering committees for one unit")
      .message("{unit} có {count:ban chỉ đạo} cùng lúc: {actual}",
          "{unit} has {count:steering committee|steering committees} at once: {actual}")
      .build();

  /** A committee serves a unit unknown on the day or outside the scope. */
  public static final Rule COMMITTEE_OUTSIDE_SCOPE = Rule.builder()
      .id("network.committee-outside-scope")
      .severity(Severity.ERROR)
      .title("Ban chỉ đạo của đơn vị ngoài phạm vi mạng lưới", "Steering committee outside the network")
      .message("Ban chỉ đạo {committee} phục vụ đơn vị mã {actual}, không thuộc {scope} vào ngày {date}",
          "Steering committee {committee} serves unit {actual}, which is not within {scope} on {date}")
      .build();

  /** A committee's body is not an inter-sector body. */
  public static final Rule COMMITTEE_KIND = Rule.builder()
      .id("network.committee-kind")
      .severity(Severity.ERROR)
      .title("Ban chỉ đạo không phải tổ chức liên ngành", "Steering committee is not an inter-sector body")
      .message("{committee} thuộc {actual}, không phải ban chỉ đạo liên ngành",
          "{committee} belongs to {actual}, not to the inter-sector steering committees")
      .build();

  /** A member of a committee serves a territory outside the committee's unit. */
  public static final Rule MEMBER_OUTSIDE_UNIT = Rule.builder()
      .id("network.member-outside-unit")
      .severity(Severity.ERROR)
      .title("Thành viên ban chỉ đạo ở ngoài địa bàn", "Committee member from outside the committee's territory")
      .message("{member} (địa bàn mã {actual}) là thành viên ban chỉ đạo {committee} của đơn vị mã {expected}",
          "{member} (territory {actual}) sits on steering committee {committee} of unit {expected}")
      .build();

  /** A member of a committee does not exist on the day. */
  public static final Rule MEMBER_INACTIVE = Rule.builder()
      .id("network.member-inactive")
      .severity(Severity.WARNING)
      .title("Thành viên ban chỉ đạo không còn hoạt động", "Committee member not in existence")
      .message("{member} là thành viên ban chỉ đạo {committee} nhưng không hoạt động vào ngày {date}",
          "{member} sits on steering committee {committee} but does not exist on {date}")
      .build();

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(
      SCOPE_UNKNOWN, COLLABORATOR_DUPLICATE_ID, COLLABORATOR_NOT_VILLAGE, COLLABORATOR_OUTSIDE_SCOPE,
      COLLABORATOR_SPANS_COMMUNES, VILLAGE_UNCOVERED, VILLAGE_SHARED, COMMITTEE_MISSING, COMMITTEE_DUPLICATE,
      COMMITTEE_OUTSIDE_SCOPE, COMMITTEE_KIND, MEMBER_OUTSIDE_UNIT, MEMBER_INACTIVE);

  private NetworkRules() {}

  /**
   * Returns every network rule.
   *
   * @return the catalogue
   */
  public static RuleCatalogue catalogue() {
    return CATALOGUE;
  }
}
