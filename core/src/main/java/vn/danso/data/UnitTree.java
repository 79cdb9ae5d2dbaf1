package vn.danso.data;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.danso.admin.UnitCode;

/**
 * The administrative units a dataset is checked against (cây đơn vị hành chính): a root, such as the nation or a
 * province, and the units below it, as the hierarchy's view on one day gives them.
 *
 * <p>Built from a root and a children function, so the hierarchy's as-of view fits as a method reference:
 * {@code UnitTree.of(UnitCode.of("VN"), snapshot::childCodes)}; so do a Guava graph ({@code graph::successors}) or a
 * map. The tree is walked once, iteratively (its depth does not matter), and kept as arrays. It tells the
 * {@link DataValidator} which units are below which ({@link ParentEqualsChildrenSum}), who is expected to report
 * ({@link Completeness}), who the peers of a unit are ({@link PeerOutlier}), and how to split a national dataset
 * into provinces to check them in parallel.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnitTree {
  private final ImmutableList<UnitCode> units;
  private final ImmutableMap<UnitCode, Integer> index;
  private final int[] parent;
  private final int[] childStart;
  private final int[] childIndex;
  private final int[] branch;
  /** The positions of the units in code order (level, then code). */
  private final int[] byCode;
  /** Per unit: the positions of its children that are leaves. */
  private final int[][] leafChildren;

  private UnitTree(ImmutableList<UnitCode> units, ImmutableMap<UnitCode, Integer> index, int[] parent,
      int[] childStart, int[] childIndex, int[] branch) {
    this.units = units;
    this.index = index;
    this.parent = parent;
    this.childStart = childStart;
    this.childIndex = childIndex;
    this.branch = branch;
    this.byCode = java.util.stream.IntStream.range(0, units.size()).boxed()
        .sorted((a, b) -> units.get(a).compareTo(units.get(b))).mapToInt(Integer::intValue).toArray();
    this.leafChildren = new int[units.size()][];
    int[] none = new int[0];
    for (int n = 0; n < units.size(); n++) {
      int leaves = 0;
      for (int c = childStart[n]; c < childStart[n + 1]; c++) {
        leaves += childCount(childIndex[c]) == 0 ? 1 : 0;
      }
      int[] mine = leaves == 0 ? none : new int[leaves];
      for (int c = childStart[n], i = 0; c < childStart[n + 1]; c++) {
        if (childCount(childIndex[c]) == 0) {
          mine[i++] = childIndex[c];
        }
      }
      leafChildren[n] = mine;
    }
  }

  /**
   * Returns the tree below a root.
   *
   * @param root the top unit, such as {@code VN} or a province
   * @param children the units directly below a unit, in the order to list them; empty for a leaf, never null
   * @return the tree
   * @throws IllegalArgumentException if the children function reaches a unit twice (it does not describe a tree)
   */
  public static UnitTree of(UnitCode root,
      Function<? super UnitCode, ? extends Iterable<? extends UnitCode>> children) {
    checkNotNull(root, "root is null");
    checkNotNull(children, "children function is null");
    List<UnitCode> order = new ArrayList<>();
    List<Integer> parents = new ArrayList<>();
    ImmutableMap.Builder<UnitCode, Integer> seen = ImmutableMap.builder();
    java.util.Map<UnitCode, Integer> positions = new java.util.HashMap<>();
    Deque<int[]> stack = new ArrayDeque<>();
    List<List<Integer>> kids = new ArrayList<>();
    order.add(root);
    parents.add(-1);
    kids.add(new ArrayList<>());
    positions.put(root, 0);
    stack.push(new int[] {0});
    while (!stack.isEmpty()) {
      int at = stack.pop()[0];
      UnitCode unit = order.get(at);
      Iterable<? extends UnitCode> below = checkNotNull(children.apply(unit),
          "the children function returned null for %s: return an empty collection for a leaf", unit);
      List<Integer> mine = kids.get(at);
      for (UnitCode child : below) {
        checkNotNull(child, "the children function returned a null unit below %s", unit);
        checkArgument(!positions.containsKey(child),
            "unit %s is reached twice (below %s): the children function must describe a tree", child, unit);
        int position = order.size();
        positions.put(child, position);
        order.add(child);
        parents.add(at);
        kids.add(new ArrayList<>());
        mine.add(position);
      }
      for (int i = mine.size() - 1; i >= 0; i--) {
        stack.push(new int[] {mine.get(i)});
      }
    }
    int n = order.size();
    int[] parent = new int[n];
    int[] childStart = new int[n + 1];
    int[] childIndex = new int[n - 1];
    int[] branch = new int[n];
    int next = 0;
    for (int i = 0; i < n; i++) {
      parent[i] = parents.get(i);
      childStart[i] = next;
      for (int child : kids.get(i)) {
        childIndex[next++] = child;
      }
      seen.put(order.get(i), i);
    }
    childStart[n] = next;
    for (int i = 0; i < n; i++) {
      // The branch of a unit is its ancestor directly below the root (the province of a commune, below the nation).
      // Parents come before their children in this order, so the parent's branch is known.
      branch[i] = i == 0 || parent[i] == 0 ? i : branch[parent[i]];
    }
    return new UnitTree(ImmutableList.copyOf(order), seen.buildOrThrow(), parent, childStart, childIndex, branch);
  }

  /**
   * Returns the top unit.
   *
   * @return the root
   */
  public UnitCode root() {
    return units.get(0);
  }

  /**
   * Returns every unit of the tree, each before the units below it.
   *
   * @return the units
   */
  public ImmutableList<UnitCode> units() {
    return units;
  }

  /**
   * Returns the number of units.
   *
   * @return the size
   */
  public int size() {
    return units.size();
  }

  /**
   * Returns true if the unit is in the tree.
   *
   * @param unit the unit
   * @return whether it is the root or below it
   */
  public boolean contains(UnitCode unit) {
    return index.containsKey(checkNotNull(unit, "unit is null"));
  }

  /**
   * Returns the unit directly above.
   *
   * @param unit a unit of the tree
   * @return its parent, or empty for the root and for units not in the tree
   */
  public Optional<UnitCode> parent(UnitCode unit) {
    Integer i = index.get(checkNotNull(unit, "unit is null"));
    return i == null || parent[i] < 0 ? Optional.empty() : Optional.of(units.get(parent[i]));
  }

  /**
   * Returns the units directly below.
   *
   * @param unit a unit of the tree
   * @return its children, in the order the children function gave them; empty for a leaf or a unit not in the tree
   */
  public ImmutableList<UnitCode> children(UnitCode unit) {
    Integer i = index.get(checkNotNull(unit, "unit is null"));
    if (i == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<UnitCode> out = ImmutableList.builderWithExpectedSize(childCount(i));
    for (int c = childStart[i]; c < childStart[i + 1]; c++) {
      out.add(units.get(childIndex[c]));
    }
    return out.build();
  }

  /**
   * Returns true if nothing is below the unit.
   *
   * @param unit a unit of the tree
   * @return whether it is a leaf; false for a unit not in the tree
   */
  public boolean isLeaf(UnitCode unit) {
    Integer i = index.get(checkNotNull(unit, "unit is null"));
    return i != null && childCount(i) == 0;
  }

  /** The position of a unit, or -1. */
  int indexOf(UnitCode unit) {
    Integer i = index.get(unit);
    return i == null ? -1 : i;
  }

  UnitCode unitAt(int i) {
    return units.get(i);
  }

  int parentOf(int i) {
    return parent[i];
  }

  int childCount(int i) {
    return childStart[i + 1] - childStart[i];
  }

  int child(int i, int k) {
    return childIndex[childStart[i] + k];
  }

  /** The position of the k-th unit in code order. */
  int byCode(int k) {
    return byCode[k];
  }

  /** The positions of a unit's children that are leaves. */
  int[] leafChildren(int i) {
    return leafChildren[i];
  }

  /** The ancestor directly below the root (the unit itself at that depth; the root for the root). */
  int branchOf(int i) {
    return branch[i];
  }

  @Override
  public String toString() {
    return "UnitTree[" + root() + ", " + units.size() + " units]";
  }
}
