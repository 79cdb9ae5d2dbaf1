package vn.danso.indicator;

import vn.danso.text.Language;

/** Sex (giới tính), a category of the {@link Dimension#SEX} dimension: for births, the child's sex. */
public enum Sex implements Category {
  /** Male (nam); for births, boys (trẻ trai). */
  MALE("male", "nam"),
  /** Female (nữ); for births, girls (trẻ gái). */
  FEMALE("female", "nữ");

  private final String code;
  private final String vi;

  Sex(String code, String vi) {
    this.code = code;
    this.vi = vi;
  }

  @Override
  public Dimension dimension() {
    return Dimension.SEX;
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
