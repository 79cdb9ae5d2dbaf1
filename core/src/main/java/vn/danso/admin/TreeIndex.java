package vn.danso.admin;

import com.google.common.collect.ImmutableList;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.ImmutableGraph;

/**
 * The tree numbering of an as-of view, computed once with loops and explicit stacks: a breadth-first order in which
 * the children of each unit are contiguous (so a unit's children are a sub-list), and a depth-first pre-order with
 * subtree sizes (so descendants are a sub-list and "is x within y" is two comparisons).
 */
final class TreeIndex {
  private final ImmutableList<UnitVersion> units;
  private final int[] parent;
  /** Where each unit's children begin in {@link #breadthFirst}, and how many there are. */
  final int[] firstChild;
  final int[] childCount;
  final ImmutableList<UnitVersion> breadthFirst;
  final ImmutableList<UnitCode> breadthFirstCodes;
  /** Each unit's position in {@link #preOrder}, and the size of its subtree (itself included). */
  final int[] pre;
  final int[] size;
  final ImmutableList<UnitVersion> preOrder;

  TreeIndex(ImmutableList<UnitVersion> units, int[] parent) {
    this.units = units;
    this.parent = parent;
    int n = units.size();
    int[] children = new int[n];
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        children[parent[i]]++;
      }
    }
    this.childCount = children;
    // Children of each unit, in code order, as one array of offsets (compressed adjacency).
    int[] adjacencyStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      adjacencyStart[i + 1] = adjacencyStart[i] + children[i];
    }
    int[] fill = adjacencyStart.clone();
    int[] adjacency = new int[adjacencyStart[n]];
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        adjacency[fill[parent[i]]++] = i;
      }
    }
    this.firstChild = new int[n];
    int[] bfs = breadthFirst(n, adjacencyStart, adjacency);
    ImmutableList.Builder<UnitVersion> bfsVersions = ImmutableList.builderWithExpectedSize(n);
    ImmutableList.Builder<UnitCode> bfsCodes = ImmutableList.builderWithExpectedSize(n);
    for (int node : bfs) {
      bfsVersions.add(units.get(node));
      bfsCodes.add(units.get(node).code());
    }
    this.breadthFirst = bfsVersions.build();
    this.breadthFirstCodes = bfsCodes.build();
    this.pre = new int[n];
    this.size = new int[n];
    this.preOrder = preOrder(n, adjacencyStart, adjacency, bfs);
  }

  /** The children of unit {@code i}, a sub-list. */
  ImmutableList<UnitVersion> children(int i) {
    return breadthFirst.subList(firstChild[i], firstChild[i] + childCount[i]);
  }

  /** The codes of the children of unit {@code i}, a sub-list. */
  ImmutableList<UnitCode> childCodes(int i) {
    return breadthFirstCodes.subList(firstChild[i], firstChild[i] + childCount[i]);
  }

  /** The units below unit {@code i}, depth first, a sub-list. */
  ImmutableList<UnitVersion> descendants(int i) {
    return preOrder.subList(pre[i] + 1, pre[i] + size[i]);
  }

  /**
   * The units as a Guava graph: an edge from each unit to each unit directly below it, nodes and each unit's
   * successors in the order of this index (children in code order), so that a {@code Traverser} walks the tree in
   * the order of {@link #descendants}.
   */
  ImmutableGraph<UnitVersion> graph() {
    ImmutableGraph.Builder<UnitVersion> graph = GraphBuilder.directed().allowsSelfLoops(true)
        .incidentEdgeOrder(ElementOrder.stable()).expectedNodeCount(units.size()).immutable();
    for (UnitVersion unit : preOrder) {
      graph.addNode(unit);
    }
    for (int i = 0; i < units.size(); i++) {
      if (parent[i] >= 0) {
        graph.putEdge(units.get(parent[i]), units.get(i));
      }
    }
    return graph.build();
  }

  /** True if unit {@code x} is unit {@code y} or lies below it. */
  boolean isWithin(int x, int y) {
    return pre[y] <= pre[x] && pre[x] < pre[y] + size[y];
  }

  /** Numbers the units breadth-first from the roots; records where each unit's children begin. */
  private int[] breadthFirst(int n, int[] adjacencyStart, int[] adjacency) {
    int[] queue = new int[n];
    boolean[] queued = new boolean[n];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (parent[i] < 0) {
        queue[tail++] = i;
        queued[i] = true;
      }
    }
    for (int head = 0; head < n; head++) {
      if (head == tail) {
        // Unreachable units (a parent cycle the build cut on another day): start a new root.
        for (int i = 0; i < n; i++) {
          if (!queued[i]) {
            queue[tail++] = i;
            queued[i] = true;
            break;
          }
        }
      }
      int node = queue[head];
      firstChild[node] = tail;
      for (int k = adjacencyStart[node]; k < adjacencyStart[node + 1]; k++) {
        int child = adjacency[k];
        if (!queued[child]) {
          queue[tail++] = child;
          queued[child] = true;
        }
      }
    }
    return queue;
  }

  /** Numbers the units in depth-first pre-order with an explicit stack, and counts each subtree. */
  private ImmutableList<UnitVersion> preOrder(int n, int[] adjacencyStart, int[] adjacency, int[] roots) {
    int[] order = new int[n];
    int[] stack = new int[n];
    boolean[] seen = new boolean[n];
    int count = 0;
    for (int root : roots) {
      if (seen[root]) {
        continue;
      }
      int top = 0;
      stack[top++] = root;
      seen[root] = true;
      while (top > 0) {
        int node = stack[--top];
        pre[node] = count;
        order[count++] = node;
        for (int k = adjacencyStart[node + 1] - 1; k >= adjacencyStart[node]; k--) {
          int child = adjacency[k];
          if (!seen[child]) {
            seen[child] = true;
            stack[top++] = child;
          }
        }
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      int node = order[i];
      size[node] += 1;
      if (parent[node] >= 0 && pre[parent[node]] < i) {
        size[parent[node]] += size[node];
      }
    }
    ImmutableList.Builder<UnitVersion> list = ImmutableList.builderWithExpectedSize(n);
    for (int node : order) {
      list.add(units.get(node));
    }
    return list.build();
  }
}
