package vn.danso.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.danso.body.Body;
import vn.danso.validation.ValidationReport;

/**
 * The shape of a {@link Cascade} in flat arrays by node index: parents, children and the links to the parents (the
 * links that close cycles left out and reported), the topological order (Kahn's algorithm, ties in the order the
 * nodes were added) with each node's depth, and what the checks of every link read, so that validating a large
 * cascade reads little memory: the issue date as an epoch day ({@link Cascade#NO_DAY} when unknown), the issuer's unit
 * code and level (null and -1 when there is no issuer), and whether the node is a plan with content to check.
 * Never changed once built.
 */
final class CascadeStructure {
  final int[][] parents;
  final int[][] children;
  final CascadeLink[][] parentLinks;
  final int[] order;
  final int[] depth;
  final int maxDepth;
  final long[] day;
  final String[] unit;
  final byte[] level;
  final boolean[] content;

  CascadeStructure(List<CascadeNode> nodes, List<CascadeLink> all, ValidationReport.Builder report) {
    int n = nodes.size();
    int m = all.size();
    int[] edgeParent = new int[m];
    int[] edgeChild = new int[m];
    for (int e = 0; e < m; e++) {
      edgeParent[e] = all.get(e).parent().index;
      edgeChild[e] = all.get(e).child().index;
    }
    boolean[] dropped = CycleBreaker.breakCycles(nodes, all, edgeParent, edgeChild, report);
    int[] outDegree = new int[n];
    int[] inDegree = new int[n];
    for (int e = 0; e < m; e++) {
      if (!dropped[e]) {
        outDegree[edgeParent[e]]++;
        inDegree[edgeChild[e]]++;
      }
    }
    this.parents = new int[n][];
    this.children = new int[n][];
    this.parentLinks = new CascadeLink[n][];
    for (int i = 0; i < n; i++) {
      parents[i] = new int[inDegree[i]];
      parentLinks[i] = new CascadeLink[inDegree[i]];
      children[i] = new int[outDegree[i]];
    }
    int[] filledIn = new int[n];
    int[] filledOut = new int[n];
    for (int e = 0; e < m; e++) {
      if (!dropped[e]) {
        int p = edgeParent[e];
        int c = edgeChild[e];
        parentLinks[c][filledIn[c]] = all.get(e);
        parents[c][filledIn[c]++] = p;
        children[p][filledOut[p]++] = c;
      }
    }
    this.order = new int[n];
    this.depth = new int[n];
    this.maxDepth = sortTopologically(children, inDegree, order, depth);
    this.day = new long[n];
    this.unit = new String[n];
    this.level = new byte[n];
    this.content = new boolean[n];
    for (int i = 0; i < n; i++) {
      CascadeNode node = nodes.get(i);
      day[i] = node.date().map(LocalDate::toEpochDay).orElse(Cascade.NO_DAY);
      Optional<Body> issuer = node.issuer();
      unit[i] = issuer.map(b -> b.jurisdiction().unit().value()).orElse(null);
      level[i] = (byte) issuer.map(b -> b.level().ordinal()).orElse(-1).intValue();
      content[i] = node.plan().map(Plan::hasCheckedContent).orElse(false);
    }
  }

  /**
   * Kahn's algorithm: fills {@code order} with parents before children, ties in the order the nodes were added, and
   * {@code depth} with each node's longest chain of parents; returns the deepest.
   */
  private static int sortTopologically(int[][] children, int[] inDegree, int[] order, int[] depth) {
    int[] remaining = inDegree.clone();
    int head = 0;
    int tail = 0;
    for (int i = 0; i < remaining.length; i++) {
      if (remaining[i] == 0) {
        order[tail++] = i;
      }
    }
    int deepest = 0;
    while (head < tail) {
      int p = order[head++];
      deepest = Math.max(deepest, depth[p]);
      for (int c : children[p]) {
        depth[c] = Math.max(depth[c], depth[p] + 1);
        if (--remaining[c] == 0) {
          order[tail++] = c;
        }
      }
    }
    return deepest;
  }
}
