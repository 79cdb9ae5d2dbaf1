package vn.danso;

import com.google.common.collect.ImmutableList;
import vn.danso.admin.HierarchyRules;
import vn.danso.body.BodyRules;
import vn.danso.data.DataRules;
import vn.danso.document.DocumentRules;
import vn.danso.document.HeadingRules;
import vn.danso.document.ReferenceRules;
import vn.danso.indicator.IndicatorRules;
import vn.danso.network.NetworkRules;
import vn.danso.plan.PlanRules;
import vn.danso.reporting.ReportingRules;
import vn.danso.validation.RuleCatalogue;

/**
 * The catalogue of every validation rule in danso, gathered from each package's rule list. It is written out as
 * {@code docs/rules.md}; rule ids are stable API.
 */
public final class DansoRules {
  private static final RuleCatalogue CATALOGUE = RuleCatalogue.union(ImmutableList.of(
      HierarchyRules.catalogue(),
      BodyRules.catalogue(),
      DocumentRules.catalogue(),
      ReferenceRules.catalogue(),
      HeadingRules.catalogue(),
      IndicatorRules.catalogue(),
      DataRules.catalogue(),
      NetworkRules.catalogue(),
      PlanRules.catalogue(),
      ReportingRules.catalogue()));

  private DansoRules() {}

  /**
   * Returns every rule of the library, sorted by id.
   *
   * @return the catalogue
   */
  public static RuleCatalogue catalogue() {
    return CATALOGUE;
  }
}
