package vn.danso.plan;

import java.util.List;
import vn.danso.text.Language;
import vn.danso.text.LocalizedText;
import vn.danso.validation.ValidationReport;

/**
 * Finds the links that close cycles (documents that implement each other) by an iterative depth-first search, and
 * reports each cycle. Leaving out every back edge of one search leaves a graph without cycles.
 */
final class CycleBreaker {
  private CycleBreaker() {}

  /**
   * Returns, by edge, whether the edge is left out.
   *
   * @param nodes the nodes, by index
   * @param links the links, by edge
   * @param edgeParent the parent index of each edge
   * @param edgeChild the child index of each edge
   * @param report where each cycle is reported
   */
  static boolean[] breakCycles(List<CascadeNode> nodes, List<CascadeLink> links, int[] edgeParent, int[] edgeChild,
      ValidationReport.Builder report) {
    int n = nodes.size();
    int m = edgeParent.length;
    boolean[] dropped = new boolean[m];
    // Adjacency parent → edges, in edge order.
    int[] start = new int[n + 1];
    for (int e = 0; e < m; e++) {
      start[edgeParent[e] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] out = new int[m];
    int[] fill = new int[n];
    for (int e = 0; e < m; e++) {
      int p = edgeParent[e];
      out[start[p] + fill[p]++] = e;
    }
    byte[] state = new byte[n];
    int[] stack = new int[n];
    int[] next = new int[n];
    int[] position = new int[n];
    for (int s = 0; s < n; s++) {
      if (state[s] != 0) {
        continue;
      }
      int top = 0;
      stack[top] = s;
      next[top] = start[s];
      position[s] = top;
      state[s] = 1;
      top++;
      while (top > 0) {
        int u = stack[top - 1];
        if (next[top - 1] == start[u + 1]) {
          state[u] = 2;
          top--;
          continue;
        }
        int e = out[next[top - 1]++];
        int v = edgeChild[e];
        if (state[v] == 0) {
          stack[top] = v;
          next[top] = start[v];
          position[v] = top;
          state[v] = 1;
          top++;
        } else if (state[v] == 1) {
          dropped[e] = true;
          report(nodes, links.get(e), stack, position[v], top, report);
        }
      }
    }
    return dropped;
  }

  /** The cycle: v implements u, which implements the node below it on the stack, … up to v again. */
  private static void report(List<CascadeNode> nodes, CascadeLink link, int[] stack, int from, int top,
      ValidationReport.Builder report) {
    StringBuilder vi = new StringBuilder(link.child().label(Language.VI));
    StringBuilder en = new StringBuilder(link.child().label(Language.EN));
    for (int k = top - 1; k >= from; k--) {
      CascadeNode node = nodes.get(stack[k]);
      vi.append(" → ").append(node.label(Language.VI));
      en.append(" → ").append(node.label(Language.EN));
    }
    report.add(PlanRules.CYCLE.finding(Subjects.of(link.child()))
        .arg("cycle", LocalizedText.of(vi.toString(), en.toString()))
        .arg("child", link.child()).arg("parent", link.parent()).build());
  }
}
