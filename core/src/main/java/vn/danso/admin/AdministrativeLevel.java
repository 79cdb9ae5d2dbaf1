package vn.danso.admin;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * A level of Vietnam's territorial hierarchy (cấp hành chính), from the nation down to the residential communities
 * where population collaborators work.
 *
 * <p>Province, district and commune are the administrative levels of Luật Tổ chức chính quyền địa phương
 * 77/2015/QH13, Điều 2; the district level ended on 2025-07-01, when Luật Tổ chức chính quyền địa phương
 * 72/2025/QH15 (Điều 1: two levels, the province and the commune) took effect. The nation is the root
 * of every hierarchy, so that central bodies have a jurisdiction. Villages and residential groups (thôn, tổ dân phố
 * and their regional names) are not administrative levels (Thông tư 04/2012/TT-BNV) but sit below the commune in
 * danso's hierarchy because that is where population work is done.
 *
 * <p>Constants are declared from the top down: {@link #isAbove} compares by that order.
 */
public enum AdministrativeLevel implements Localized {
  /** The whole country (toàn quốc, cấp trung ương). danso's code: {@code VN}. */
  NATION("toàn quốc", "nation"),
  /** Province level (cấp tỉnh): tỉnh and thành phố trực thuộc trung ương; 2-digit statistics-office codes. */
  PROVINCE("cấp tỉnh", "province level"),
  /** District level (cấp huyện), until 2025-06-30: huyện, quận, thị xã, thành phố; 3-digit codes. */
  DISTRICT("cấp huyện", "district level"),
  /** Commune level (cấp xã): xã, phường, thị trấn, đặc khu; 5-digit codes. */
  COMMUNE("cấp xã", "commune level"),
  /**
   * Village or residential group (thôn, tổ dân phố, ấp, bản, khóm…): not an administrative level and without
   * official codes; danso's code is the commune's code, a hyphen and a local suffix ({@code 31018-01}).
   */
  VILLAGE("thôn, tổ dân phố", "village or residential group");

  private final LocalizedText label;

  AdministrativeLevel(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }

  /**
   * Returns true if this level is strictly above the other ({@code PROVINCE.isAbove(COMMUNE)}).
   *
   * @param other the other level
   * @return whether this level is higher
   */
  public boolean isAbove(AdministrativeLevel other) {
    return compareTo(other) < 0;
  }
}
