package vn.danso.data;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.IndicatorRules;
import vn.danso.internal.DansoStyle;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * A reported indicator equals the one computed from the figures reported with it, within the reported precision
 * (giá trị báo cáo khớp giá trị tính từ số liệu thành phần): An Minh's sex ratio at birth of 100,6 against
 * 538 boys / 535 girls × 100 = 100,56….
 *
 * <p>The reported value's own number of decimals is the precision (the indicator's when none was stated), and the
 * comparison is exact at the boundary ({@link vn.danso.indicator.CompiledFormula#matches}). A mismatch gives
 * {@code indicator.value.reported-mismatch}; inputs that leave the indicator without a value (a zero denominator) give
 * {@code indicator.value.zero-denominator}. Missing inputs follow the {@linkplain #missingValues() strategy}, by
 * default {@link MissingValueStrategy#SKIP_IF_ANY_MISSING}: An Minh's natural increase rate of 5,19‰ is not checked
 * when its births, deaths and population are not reported with it.
 */
@Value.Immutable
@DansoStyle
public abstract non-sealed class ComputedMatchesReported extends DataCheck {
  ComputedMatchesReported() {}

  /**
   * Returns the indicator whose reported values are checked.
   *
   * @return the indicator code
   */
  public abstract IndicatorCode indicator();

  @Override
  public final ImmutableList<Rule> reports() {
    return ImmutableList.of(IndicatorRules.VALUE_REPORTED_MISMATCH, IndicatorRules.VALUE_ZERO_DENOMINATOR);
  }

  /**
   * Returns the check for an indicator.
   *
   * @param indicator the indicator code, e.g. {@code "SRB"}
   * @return the check
   * @throws IllegalArgumentException if the text is not an indicator code
   */
  public static ComputedMatchesReported of(String indicator) {
    return builder().indicator(IndicatorCode.of(indicator)).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ComputedMatchesReported} check; the indicator is required. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * ComputedMatchesReported srb = ComputedMatchesReported.builder()
   *     .indicator(IndicatorCode.of("SRB"))   // the reported SRB against the one its formula gives
   *     .missingValues(MissingValueStrategy.SKIP_IF_ANY_MISSING)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableComputedMatchesReported.Builder {
    Builder() {}
  }
}
