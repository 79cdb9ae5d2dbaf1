package vn.danso.indicator;

import vn.danso.text.Language;

/** Urban or rural residence (khu vực thành thị / nông thôn), a category of {@link Dimension#RESIDENCE}. */
public enum Residence implements Category {
  /** Urban (thành thị). */
  URBAN("urban", "thành thị"),
  /** Rural (nông thôn). */
  RURAL("rural", "nông thôn");

  private final String code;
  private final String vi;

  Residence(String code, String vi) {
    this.code = code;
    this.vi = vi;
  }

  @Override
  public Dimension dimension() {
    return Dimension.RESIDENCE;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return language == Language.VI ? vi : code;
  }
}
