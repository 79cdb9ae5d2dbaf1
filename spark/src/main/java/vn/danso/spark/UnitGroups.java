package vn.danso.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataRules;
import vn.danso.data.UnitTree;
import vn.danso.validation.Finding;

/**
 * How a national dataset is split so that every rule sees what it needs (chia bộ số liệu theo tỉnh): one group per
 * unit directly below the root (a province, below the nation) with every unit beneath it and all their periods, one
 * group for the root and those units themselves, and a few groups for units outside the tree.
 *
 * <p>A province's group holds what its rules compare: a unit and the units below it (parent = Σ children,
 * completeness, outliers among siblings) and a unit's periods (year on year). It is checked against the tree
 * {@code root → province → everything below}, and keeps its findings except those only the whole nation can make
 * (about the root; a province as an outlier among provinces). The top group holds the root's and the provinces' rows
 * (a province's rows are in both groups) and keeps exactly those findings. Units the tree does not know are spread
 * over {@link #OUTSIDE_BUCKETS} groups by their code; each is checked on its own, as the engine does.
 *
 * <p>Serializable: it holds the tree as codes and parent positions, and rebuilds the trees it hands out once per JVM.
 */
final class UnitGroups implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The group of the root and the units directly below it. */
  static final int TOP = 0;
  /** The number of groups units outside the tree are spread over (numbered -1 to -OUTSIDE_BUCKETS). */
  static final int OUTSIDE_BUCKETS = 16;

  private final String[] codes;
  private final int[] parents;
  private transient Map<String, Integer> groupOfCode;
  private transient Map<String, Integer> positionOfCode;
  private transient UnitTree tree;

  UnitGroups(UnitTree tree) {
    checkNotNull(tree, "tree is null");
    ImmutableList<UnitCode> units = tree.units();
    Map<UnitCode, Integer> position = new HashMap<>();
    this.codes = new String[units.size()];
    this.parents = new int[units.size()];
    for (int i = 0; i < units.size(); i++) {
      codes[i] = units.get(i).value();
      position.put(units.get(i), i);
      Optional<UnitCode> parent = tree.parent(units.get(i));
      parents[i] = parent.isPresent() ? position.get(parent.get()) : -1;
    }
  }

  /** The columns of {@link #assignments()}: a unit's code and one group that checks it. */
  static final String ASSIGNED_UNIT = "assigned_unit";
  /** The column of a group's number. */
  static final String GROUP = "group";
  /** The shape of {@link #assignments()}. */
  static final StructType ASSIGNMENTS = new StructType()
      .add(ASSIGNED_UNIT, DataTypes.StringType, false)
      .add(GROUP, DataTypes.IntegerType, false);

  /**
   * Every unit of the tree with each group that checks it, one row each: the root and the units directly below it
   * have two rows. A unit not in the tree has none; it goes to an outside group by the hash of its code.
   */
  List<Row> assignments() {
    List<Row> rows = new ArrayList<>(codes.length + parents.length);
    for (String code : codes) {
      for (int group : groupsOf(code)) {
        rows.add(RowFactory.create(code, group));
      }
    }
    return rows;
  }

  /** The groups of the tree's units: the top group and one per branch, whether or not they have figures. */
  int[] treeGroups() {
    int branches = fullTree().children(fullTree().root()).size();
    int[] groups = new int[branches + 1];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = i;
    }
    return groups;
  }

  /**
   * The groups that check a unit's figures: its branch's; also the top group's for the root and the branches; none
   * for a unit not in the tree (such units go to one of the {@link #OUTSIDE_BUCKETS} outside groups, numbered -1 and
   * below, by the hash of their code).
   */
  int[] groupsOf(String unit) {
    Integer group = unit == null ? null : groups().get(unit);
    if (group == null) {
      return new int[0];
    }
    if (group == TOP) {
      return new int[] {TOP};
    }
    return isBranch(unit) ? new int[] {TOP, group} : new int[] {group};
  }

  /** The tree a group is checked against. */
  UnitTree treeOf(int group) {
    UnitTree full = fullTree();
    UnitCode root = full.root();
    if (group < 0) {
      return UnitTree.of(root, u -> List.of());
    }
    if (group == TOP) {
      // The branches keep their children, as leaves, so that a branch is a leaf exactly when it is one in the
      // whole tree: the root's completeness of leaves expects the same units.
      return UnitTree.of(root, u -> u.equals(root) || full.parent(u).filter(root::equals).isPresent()
          ? full.children(u) : List.of());
    }
    UnitCode branch = full.children(root).get(group - 1);
    return UnitTree.of(root, u -> u.equals(root) ? List.of(branch) : full.children(u));
  }

  /** Whether a finding made in a group is that group's to report (no other group, nor the whole, makes it twice). */
  boolean owns(int group, Finding finding) {
    Optional<String> unit = finding.subject().keyOf("unit");
    if (unit.isEmpty()) {
      return true;
    }
    boolean aboutRoot = unit.get().equals(codes[0]);
    boolean branchOutlier = isBranch(unit.get()) && finding.ruleId().equals(DataRules.OUTLIER_PEER.id());
    if (group == TOP) {
      return aboutRoot || branchOutlier;
    }
    return !aboutRoot && !branchOutlier;
  }

  /** Whether a unit is directly below the root (a province). */
  boolean isBranch(String unit) {
    Integer position = positions().get(unit);
    return position != null && position > 0 && parents[position] == 0;
  }

  /** The group of each unit of the tree, by code. */
  private synchronized Map<String, Integer> groups() {
    if (groupOfCode == null) {
      Map<String, Integer> groups = new HashMap<>();
      Map<String, Integer> positions = new HashMap<>();
      int[] groupOf = new int[codes.length];
      int branches = 0;
      for (int i = 0; i < codes.length; i++) {
        // Parents come before their children.
        groupOf[i] = i == 0 ? TOP : parents[i] == 0 ? ++branches : groupOf[parents[i]];
        groups.put(codes[i], groupOf[i]);
        positions.put(codes[i], i);
      }
      positionOfCode = positions;
      groupOfCode = groups;
    }
    return groupOfCode;
  }

  private Map<String, Integer> positions() {
    groups();
    return positionOfCode;
  }

  synchronized UnitTree fullTree() {
    if (tree == null) {
      Map<UnitCode, List<UnitCode>> children = new HashMap<>();
      for (int i = 1; i < codes.length; i++) {
        children.computeIfAbsent(UnitCode.of(codes[parents[i]]), u -> new java.util.ArrayList<>())
            .add(UnitCode.of(codes[i]));
      }
      tree = UnitTree.of(UnitCode.of(codes[0]), u -> children.getOrDefault(u, List.of()));
    }
    return tree;
  }
}
