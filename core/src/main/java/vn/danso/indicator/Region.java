package vn.danso.indicator;

import vn.danso.text.Language;

/**
 * A socio-economic region (vùng kinh tế - xã hội), a category of {@link Dimension#REGION}: the six regions the
 * statistics office publishes provincial tables by, named as its tables print them (the rows "Red River Delta" …
 * "Mekong River Delta" of tables E02.01, E02.12-14 and E02.03-07). An indicator reported for a region is keyed
 * {@code TFR[mekong-river-delta]}; which provinces each region holds is the office's grouping, not modelled here.
 */
public enum Region implements Category {
  /** Đồng bằng sông Hồng (Red River Delta). */
  RED_RIVER_DELTA("red-river-delta", "Đồng bằng sông Hồng", "Red River Delta"),
  /** Trung du và miền núi phía Bắc (Northern midlands and mountain areas). */
  NORTHERN_MIDLANDS_AND_MOUNTAINS("northern-midlands-mountains", "Trung du và miền núi phía Bắc",
      "Northern midlands and mountain areas"),
  /** Bắc Trung Bộ và duyên hải miền Trung (Northern Central area and Central coastal area). */
  NORTH_CENTRAL_AND_CENTRAL_COAST("north-central-central-coast", "Bắc Trung Bộ và duyên hải miền Trung",
      "Northern Central area and Central coastal area"),
  /** Tây Nguyên (Central Highlands). */
  CENTRAL_HIGHLANDS("central-highlands", "Tây Nguyên", "Central Highlands"),
  /** Đông Nam Bộ (South East). */
  SOUTH_EAST("south-east", "Đông Nam Bộ", "South East"),
  /** Đồng bằng sông Cửu Long (Mekong River Delta). */
  MEKONG_RIVER_DELTA("mekong-river-delta", "Đồng bằng sông Cửu Long", "Mekong River Delta");

  private final String code;
  private final String vi;
  private final String en;

  Region(String code, String vi, String en) {
    this.code = code;
    this.vi = vi;
    this.en = en;
  }

  @Override
  public Dimension dimension() {
    return Dimension.REGION;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Language language) {
    return language == Language.VI ? vi : en;
  }
}
