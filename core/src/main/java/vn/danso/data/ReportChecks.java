package vn.danso.data;

import java.util.ArrayList;
import java.util.List;
import vn.danso.admin.UnitCode;
import vn.danso.validation.Finding;
import vn.danso.validation.Severity;

/** The checks of who reported: units expected to report that have not, and units the tree does not know. */
final class ReportChecks {
  private ReportChecks() {}

  /** The units below a unit that are expected to report and have sent nothing for a period. */
  static final class Expected extends ColumnCheck {
    private static final int[] NONE = new int[0];

    private final Completeness rule;
    /** Per tree node: the nodes of its children expected to report; null for the leaves, kept by the tree. */
    private final int[][] expected;
    private final UnitTree tree;

    Expected(int order, Completeness rule, BulkRun bulk) {
      super(order, null);
      this.rule = rule;
      UnitTree tree = bulk.tree;
      this.tree = tree;
      if (rule.level().isEmpty()) {
        // The leaves below each unit, which the tree keeps.
        this.expected = null;
        return;
      }
      this.expected = new int[tree.size()][];
      int[] kids = new int[16];
      for (int n = 0; n < tree.size(); n++) {
        int count = 0;
        for (int k = 0; k < tree.childCount(n); k++) {
          int child = tree.child(n, k);
          if (tree.unitAt(child).level() == rule.level().get()) {
            if (count == kids.length) {
              kids = java.util.Arrays.copyOf(kids, count * 2);
            }
            kids[count++] = child;
          }
        }
        expected[n] = count == 0 ? NONE : java.util.Arrays.copyOf(kids, count);
      }
    }

    @Override
    Walk walk() {
      return Walk.GROUPS;
    }

    @Override
    void scanGroup(ScanWorkspace scan, int index, int node) {
      int[] kids = expected(node);
      if (kids.length == 0) {
        return;
      }
      for (int p = 0; p < scan.bulk.periods; p++) {
        if (received(scan.bulk, kids, p) < kids.length) {
          scan.hitOrdinal(scan.bulk.ordinalOfNode[node], p, index);
        }
      }
    }

    private int[] expected(int node) {
      return expected == null ? tree.leafChildren(node) : expected[node];
    }

    private static int received(BulkRun bulk, int[] kids, int period) {
      int received = 0;
      for (int kid : kids) {
        int unit = bulk.unitOfNode[kid];
        if (unit >= 0 && bulk.dataset.hasReport(unit * bulk.periods + period)) {
          received++;
        }
      }
      return received;
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      int node = bulk.tree.indexOf(bulk.units.get(ordinal));
      int[] kids = expected(node);
      List<UnitCode> missing = new ArrayList<>();
      for (int kid : kids) {
        int unit = bulk.unitOfNode[kid];
        if (unit < 0 || !bulk.dataset.hasReport(unit * bulk.periods + period)) {
          missing.add(bulk.tree.unitAt(kid));
        }
      }
      out.add(DataFindings.missingReports(bulk.subject(ordinal, period), kids.length, kids.length - missing.size(),
          missing, rule.severity()));
    }
  }

  /** A unit that reported but is not in the tree: once, at its first period with a report. */
  static final class Unknown extends ColumnCheck {
    private final Severity severity;

    Unknown(int order, Severity severity) {
      super(order, null);
      this.severity = severity;
    }

    @Override
    Walk walk() {
      return Walk.CELLS;
    }

    @Override
    void scanCells(ScanWorkspace scan, int index, int from, int to) {
      BulkRun bulk = scan.bulk;
      for (int base = from; base < to; base += bulk.periods) {
        int unit = base / bulk.periods;
        if (bulk.nodeOfUnit[unit] < 0) {
          for (int p = 0; p < bulk.periods; p++) {
            if (bulk.dataset.hasReport(base + p)) {
              scan.hit(unit, p, index);
              break;
            }
          }
        }
      }
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      out.add(DataFindings.unknownUnit(bulk.subject(ordinal, period), bulk.units.get(ordinal), severity));
    }
  }
}
