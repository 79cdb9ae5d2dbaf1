package vn.danso.data;

import java.util.ArrayList;
import java.util.List;
import vn.danso.indicator.Disaggregation;
import vn.danso.indicator.ElementKey;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.text.LocalizedText;

/**
 * The figures a typed check read from a rule file refers to, looked up in the indicator catalogue, so that a check of
 * a figure nobody defines is reported where it is written rather than never firing.
 */
final class CheckReferences {
  private CheckReferences() {}

  /** A figure a typed check reads that the catalogue does not define, and why. */
  record Unknown(String key, String reason) {}

  /** The first figure a typed check reads that the catalogue does not define, or null. */
  static Unknown unknown(DataCheck rule, IndicatorCatalogue catalogue) {
    List<DataKey> keys = new ArrayList<>();
    if (rule instanceof Required) {
      keys.add(((Required) rule).key());
    } else if (rule instanceof WholeNonNegative) {
      keys.add(((WholeNonNegative) rule).keys().key());
    } else if (rule instanceof InRange) {
      keys.add(((InRange) rule).keys().key());
    } else if (rule instanceof ParentEqualsChildrenSum) {
      keys.add(((ParentEqualsChildrenSum) rule).keys().key());
    } else if (rule instanceof YearOnYearChange) {
      keys.add(((YearOnYearChange) rule).keys().key());
    } else if (rule instanceof PeerOutlier) {
      keys.add(((PeerOutlier) rule).keys().key());
    } else if (rule instanceof ComponentsSum) {
      ComponentsSum sum = (ComponentsSum) rule;
      keys.add(DataKey.of(ElementKey.of(sum.element(),
          Disaggregation.total())));
      keys.add(sum.partsOf(keys.get(0)).get(0));
    } else if (rule instanceof ComputedMatchesReported) {
      keys.add(DataKey.of(((ComputedMatchesReported) rule).indicator()));
    } else if (rule instanceof TargetCheck) {
      keys.add(DataKey.of(((TargetCheck) rule).indicator()));
    }
    for (DataKey key : keys) {
      LocalizedText reason = CompiledChecks.unknownReason(catalogue, key);
      if (reason != null) {
        return new Unknown(key.toString(), reason.en());
      }
    }
    if (rule instanceof ComputedMatchesReported || rule instanceof TargetCheck) {
      try {
        catalogue.compile(keys.get(0).indicatorCode());
      } catch (IllegalStateException | IllegalArgumentException e) {
        return new Unknown(keys.get(0).toString(), "it cannot be computed: " + e.getMessage());
      }
    }
    return null;
  }
}
