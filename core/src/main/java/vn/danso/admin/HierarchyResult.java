package vn.danso.admin;

import vn.danso.validation.ValidationReport;

/**
 * What building a hierarchy gives (kết quả dựng hệ thống đơn vị hành chính): the hierarchy, with everything that
 * could be taken, and the report of every defect found in the rows and events.
 */
public final class HierarchyResult {
  private final Hierarchy hierarchy;
  private final ValidationReport report;

  HierarchyResult(Hierarchy hierarchy, ValidationReport report) {
    this.hierarchy = hierarchy;
    this.report = report;
  }

  /**
   * Returns the hierarchy.
   *
   * @return the hierarchy, never null even when the report has errors
   */
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  /**
   * Returns the findings about the rows and events.
   *
   * @return the report, empty when the input was clean
   */
  public ValidationReport report() {
    return report;
  }

  /**
   * Returns true if the report has no errors (warnings and notes may remain).
   *
   * @return whether the input was valid
   */
  public boolean isValid() {
    return report.isValid();
  }
}
