package vn.danso.data;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * What a data rule does when figures it reads are missing (xử lý số liệu thiếu).
 *
 * <p>A rule checks one figure (a total, a reported indicator, a parent's figure, this year's figure) against the
 * figures it should agree with (the components, the indicator's inputs, the children's figures, last year's figure).
 * Without the checked figure there is nothing to check and the rule is skipped, whatever its strategy: reporting an
 * absent figure is what {@link Required} and {@link Completeness} are for, so one absence gives one finding. The
 * strategy says what happens when some of the <em>other</em> figures are missing:
 *
 * <ul>
 *   <li>{@link #SKIP_IF_ANY_MISSING}: the rule is checked only when every other figure is present;
 *   <li>{@link #SKIP_IF_ALL_MISSING}: the rule is checked when at least one other figure is present, and the missing
 *       ones count as zero (a district's total against the sum of the communes that reported, naming those that did
 *       not);
 *   <li>{@link #NEVER_SKIP}: the rule is checked even when no other figure is present; missing ones count as zero.
 * </ul>
 *
 * <p>A figure that is present but NaN or infinite is reported once ({@code data.value.not-finite}); the rules that
 * read it are skipped, whatever their strategy, since nothing can be computed from it.
 */
public enum MissingValueStrategy implements Localized {
  /** Check only when every figure read is present. */
  SKIP_IF_ANY_MISSING("bỏ qua nếu thiếu bất kỳ số liệu nào", "skip if any figure is missing"),
  /** Check when at least one of the other figures is present; missing ones count as zero. */
  SKIP_IF_ALL_MISSING("bỏ qua nếu thiếu tất cả số liệu", "skip if all figures are missing"),
  /** Always check (given the checked figure); missing figures count as zero. */
  NEVER_SKIP("không bỏ qua", "never skip");

  private final LocalizedText label;

  MissingValueStrategy(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  /**
   * Returns true if a rule reading {@code others} other figures, {@code present} of them present, is checked.
   *
   * @param present how many of the other figures are present
   * @param others how many other figures the rule reads
   * @return whether the rule is checked
   */
  public boolean checks(int present, int others) {
    // Tests of this constant rather than a switch, which would compile to one more class to load on first use.
    if (this == SKIP_IF_ANY_MISSING) {
      return present == others;
    }
    if (this == SKIP_IF_ALL_MISSING) {
      return present > 0 || others == 0;
    }
    return true;
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
