package vn.danso.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The part of a cascade below a root as it stood on a day: the nodes reachable from the root through documents
 * issued by then (or of unknown date), and the length of the longest chain from the root to each.
 */
final class Reach {
  final boolean[] in;
  final int[] depth;
  final int maxDepth;

  Reach(Cascade cascade, int root, LocalDate date) {
    int n = cascade.size();
    this.in = new boolean[n];
    this.depth = new int[n];
    in[root] = true;
    int deepest = 0;
    for (int i : cascade.order()) {
      if (i == root || !issuedBy(cascade.nodes().get(i), date)) {
        continue;
      }
      for (int p : cascade.parentIndexes(i)) {
        if (in[p]) {
          in[i] = true;
          depth[i] = Math.max(depth[i], depth[p] + 1);
        }
      }
      if (in[i]) {
        deepest = Math.max(deepest, depth[i]);
      }
    }
    this.maxDepth = deepest;
  }

  /** True if the node was issued on or before the day, or its date is not known. */
  static boolean issuedBy(CascadeNode node, LocalDate date) {
    Optional<LocalDate> issued = node.date();
    return issued.isEmpty() || !issued.get().isAfter(date);
  }
}
