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
   * Returns every identity rule, in order.
   *
   * @return the rule set
   */
  public static DataCheckSet all() {
    return DataCheckSet.of(NATURAL_INCREASE);
  }
}
