package vn.danso.data;

import vn.danso.validation.Severity;

/**
 * Identities between published indicators (đẳng thức giữa các chỉ tiêu công bố), written as expression rules that
 * tolerate the rounding of every figure and only that: a table of provinces' rates published with one decimal never
 * satisfies them exactly, so an exact comparison would flag rounding, and a fixed tolerance would either flag rounding
 * or miss real differences.
 *
 * <p>Each figure stands for the interval it was rounded from (± half a unit of its last reported digit, or of the
 * indicator's usual decimals when none are given), and a rule is broken only when the intervals of both sides cannot
 * meet. Add them to a rule set with {@code DataCheckSet.builder().addAll(IdentityChecks.all())}.
 */
public final class IdentityChecks {
  private IdentityChecks() {}

  /**
   * The natural increase rate is the crude birth rate less the crude death rate, all in ‰ ({@code NIR ~= CBR - CDR}):
   * Tổng cục Thống kê, Hệ thống chỉ tiêu thống kê cấp tỉnh, "Tỷ lệ tăng dân số"
   * (gso.gov.vn/du-lieu-dac-ta/2019/12/htcttk-cap-tinh-ty-le-tang-dan-so). With each rate published with one
   * decimal, a difference of up to 0,15‰ is rounding; more is not.
   */
  public static final ExpressionCheck NATURAL_INCREASE = ExpressionCheck.builder()
      .id("data.identity.natural-increase")
      .expression("NIR ~= CBR - CDR")
      .severity(Severity.ERROR)
      .message("Tỷ lệ tăng tự nhiên NIR = {left} khác CBR − CDR = {right} nhiều hơn sai số làm tròn của các số liệu "
              + "({values})",
          "The natural increase rate NIR = {left} differs from CBR − CDR = {right} by more than the rounding of the "
              + "figures ({values})")
      .build();

  /**
   * The total fertility rate is five times the sum of the seven age-specific fertility rates of women 15–49, the
   * rates in ‰ and the total in children per woman ({@code TFR ~= 5 * (ASFR_15_19 + … + ASFR_45_49) / 1000}):
   * Tổng cục Thống kê, Niên giám thống kê 2017, tr. 42 (5 × Σ B<sub>i</sub>/W<sub>i</sub> over the 5-year groups).
   * With the TFR published with two decimals and each rate as a whole number, a difference of up to
   * 0,005 + 5 × 7 × 0,5 / 1000 = 0,0225 is rounding; more is not.
   */
  public static final ExpressionCheck TOTAL_FERTILITY = ExpressionCheck.builder()
      .id("data.identity.total-fertility")
      .expression("TFR ~= 5 * (ASFR_15_19 + ASFR_20_24 + ASFR_25_29 + ASFR_30_34 + ASFR_35_39 + ASFR_40_44 "
          + "+ ASFR_45_49) / 1000")
      .severity(Severity.ERROR)
      .message("Tổng tỷ suất sinh TFR = {left} khác 5 × tổng các tỷ suất sinh đặc trưng theo tuổi / 1000 = {right} "
              + "nhiều hơn sai số làm tròn của các số liệu ({values})",
          "The total fertility rate TFR = {left} differs from 5 × the sum of the age-specific fertility rates / 1000 "
              + "= {right} by more than the rounding of the figures ({values})")
      .build();

  /**
   * The net migration rate is the in-migration rate less the out-migration rate, all in ‰
   * ({@code NET_MIGRATION_RATE ~= IN_MIGRATION_RATE - OUT_MIGRATION_RATE}): the statistics office's table E02.21-23
   * publishes the three side by side with two decimals, so a difference of up to 0,015‰ is rounding.
   */
  public static final ExpressionCheck NET_MIGRATION = ExpressionCheck.builder()
      .id("data.identity.net-migration")
      .expression("NET_MIGRATION_RATE ~= IN_MIGRATION_RATE - OUT_MIGRATION_RATE")
      .severity(Severity.ERROR)
      .message("Tỷ suất di cư thuần = {left} khác tỷ suất nhập cư − tỷ suất xuất cư = {right} nhiều hơn sai số làm "
              + "tròn của các số liệu ({values})",
          "The net migration rate = {left} differs from the in-migration rate − the out-migration rate = {right} by "
              + "more than the rounding of the figures ({values})")
      .build();

  /**
   * The population growth rate is the natural increase rate plus the net migration rate, GR = CBR − CDR + IR − OR =
   * NIR + NR (Tổng cục Thống kê, Hệ thống chỉ tiêu thống kê cấp tỉnh, "Tỷ lệ tăng dân số",
   * gso.gov.vn/du-lieu-dac-ta/2019/12/htcttk-cap-tinh-ty-le-tang-dan-so); the rates are in ‰ and the growth rate
   * is published in %, so {@code GROWTH_RATE * 10 ~= NIR + NET_MIGRATION_RATE}. A warning, not an error: the
   * statistics office's provincial growth table (E02.20) is the change of the average population between two
   * years (Hà Nội 2024: 8 717,63 / 8 587,08 − 1 = 1,52%), which also moves with what the migration survey does not
   * count, and most provinces of 2024 differ from NIR + NR by more than rounding; the finding says that the two
   * accounts of the year do not meet.
   */
  public static final ExpressionCheck POPULATION_GROWTH = ExpressionCheck.builder()
      .id("data.identity.population-growth")
      .expression("GROWTH_RATE * 10 ~= NIR + NET_MIGRATION_RATE")
      .severity(Severity.WARNING)
      .message("Tỷ lệ tăng dân số {left}‰ (GROWTH_RATE × 10) khác tăng tự nhiên + di cư thuần = {right}‰ nhiều hơn "
              + "sai số làm tròn của các số liệu ({values})",
          "The population growth rate {left}‰ (GROWTH_RATE × 10) differs from natural increase + net migration = "
              + "{right}‰ by more than the rounding of the figures ({values})")
      .build();

  /**
   * Returns every identity check, in order: natural increase, total fertility, net migration, population growth.
   *
   * @return the check set
   */
  public static DataCheckSet all() {
    return DataCheckSet.of(NATURAL_INCREASE, TOTAL_FERTILITY, NET_MIGRATION, POPULATION_GROWTH);
  }
}
