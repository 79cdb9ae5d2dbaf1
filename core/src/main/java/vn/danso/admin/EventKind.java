package vn.danso.admin;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/** The kinds of {@linkplain ReorganisationEvent reorganisation event} (sắp xếp đơn vị hành chính). */
public enum EventKind implements Localized {
  /** A unit is established (thành lập) from nothing the hierarchy knows. */
  ESTABLISHMENT("thành lập", "establishment"),
  /** A unit gets a new name (đổi tên). */
  RENAMING("đổi tên", "renaming"),
  /** A unit changes type (nâng cấp, chuyển loại hình), e.g. a tỉnh becomes a centrally governed city. */
  TYPE_CHANGE("chuyển loại hình", "type change"),
  /** A unit is re-attached to another parent (điều chỉnh đơn vị cấp trên). */
  MOVE("chuyển đơn vị cấp trên", "move"),
  /** Several units, wholly or partly, form one (nhập, hợp nhất). */
  MERGER("nhập, hợp nhất", "merger"),
  /** One unit is divided among several (chia, tách). */
  SPLIT("chia, tách", "split"),
  /** A unit ceases to exist (giải thể). */
  ABOLITION("giải thể", "abolition"),
  /** A whole administrative level ends; the units below it re-attach to the level above. */
  LEVEL_ABOLITION("kết thúc cấp hành chính", "end of a level");

  private final LocalizedText label;

  EventKind(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
