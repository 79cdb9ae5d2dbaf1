package vn.danso.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.Traverser;
import com.google.common.graph.ValueGraphBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danso.document.Document;
import vn.danso.document.DocumentReference;
import vn.danso.validation.ValidationReport;

/**
 * A plan cascade (chuỗi văn bản triển khai): the directed acyclic graph of documents that implement one another, from
 * a central resolution such as 21-NQ/TW down through provincial programmes and plans, People's Committees' plans,
 * district and bloc committees' plans to the communes.
 *
 * <p>A cascade is built from {@link Plan}s; each plan's "implements" references become its edges. A reference
 * resolves by number, issuer, type and date or term ({@link DocumentReference#matches}), looked up in indexes (by
 * number and issuer, by number, by issuer), never by scanning every plan. What does not resolve becomes a
 * placeholder node that says why ({@link CascadeNode.Kind}): a complete reference to a document not in the
 * collection, an incomplete one ("Chương trình hành động của Tỉnh ủy", no number), or one that fits several
 * documents (two 21-NQ/TW). Building never throws on data: duplicates, unresolved, incomplete and ambiguous
 * references and cycles are reported in {@link #report()}, and the link that closes each cycle is left out, so the
 * result is always acyclic.
 *
 * <pre>{@code
 * Cascade cascade = Cascade.builder()
 *     .add(Plan.of(nq21)).add(Plan.of(kh74)).add(plan49)
 *     .build();
 * CascadeNode root = cascade.node(nq21).orElseThrow();
 * cascade.children(root);                 // the plans that implement 21-NQ/TW directly
 * cascade.graph();                        // a Guava ImmutableValueGraph, edges parent → child
 * CascadeValidator.of(hierarchy).validate(cascade);
 * }</pre>
 *
 * <p>Edges point down the cascade, from the document implemented (parent) to the one implementing it (child).
 * Immutable and thread-safe.
 */
public final class Cascade {
  /** The epoch day of a node without a date. */
  static final long NO_DAY = Long.MIN_VALUE;

  private final ImmutableList<CascadeNode> nodes;
  private final CascadeStructure structure;
  private final PlanIndex index;
  private final ValidationReport report;
  private final Supplier<ImmutableValueGraph<CascadeNode, CascadeLink>> graph;

  private Cascade(CascadeAssembler assembler) {
    this.nodes = ImmutableList.copyOf(assembler.nodes);
    this.structure = new CascadeStructure(nodes, assembler.links(), assembler.report);
    this.index = assembler.index;
    this.report = assembler.report.build();
    this.graph = Suppliers.memoize(this::buildGraph);
  }

  private ImmutableValueGraph<CascadeNode, CascadeLink> buildGraph() {
    ImmutableValueGraph.Builder<CascadeNode, CascadeLink> builder = ValueGraphBuilder.directed()
        .expectedNodeCount(nodes.size()).<CascadeNode, CascadeLink>immutable();
    for (int i : structure.order) {
      builder.addNode(nodes.get(i));
    }
    for (int c : structure.order) {
      for (CascadeLink link : structure.parentLinks[c]) {
        builder.putEdgeValue(link.parent(), link.child(), link);
      }
    }
    return builder.build();
  }

  /**
   * Returns the cascade of the given plans.
   *
   * @param plans the plans, in the order their findings should come
   * @return the cascade
   */
  public static Cascade of(Iterable<Plan> plans) {
    return builder().addAll(plans).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of cascades
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns every node: the plans in the order added (duplicates left out), then the placeholders in the order they
   * were first cited.
   *
   * @return the nodes
   */
  public ImmutableList<CascadeNode> nodes() {
    return nodes;
  }

  /**
   * Returns every node with each parent before its children; nodes that could come in either order keep the order
   * they were added in.
   *
   * @return the nodes in topological order
   */
  public ImmutableList<CascadeNode> inTopologicalOrder() {
    ImmutableList.Builder<CascadeNode> list = ImmutableList.builderWithExpectedSize(structure.order.length);
    for (int i : structure.order) {
      list.add(nodes.get(i));
    }
    return list.build();
  }

  /**
   * Returns the number of nodes, placeholders included.
   *
   * @return the size
   */
  public int size() {
    return nodes.size();
  }

  /**
   * Returns the cascade as a Guava graph: directed, acyclic, edges from the document implemented to the one
   * implementing it, each carrying its {@link CascadeLink}. Built on first use.
   *
   * @return the graph
   */
  public ImmutableValueGraph<CascadeNode, CascadeLink> graph() {
    return graph.get();
  }

  /**
   * Returns the node of a document.
   *
   * @param document the document
   * @return its node, or empty if the cascade does not hold it
   */
  public Optional<CascadeNode> node(Document document) {
    checkNotNull(document, "document is null");
    CascadeNode node = index.get(document.identity());
    return Optional.ofNullable(node);
  }

  /**
   * Returns the plans a reference fits, as the cascade resolves references: looked up by number and issuer, by number
   * or by issuer, whichever the reference gives, then matched on every part it gives.
   *
   * @param reference the reference
   * @return the plans' nodes, in the order added; empty when none fits or the reference gives neither
   */
  public ImmutableList<CascadeNode> find(DocumentReference reference) {
    checkNotNull(reference, "reference is null");
    List<CascadeNode> candidates = index.candidates(reference);
    if (candidates == null) {
      return ImmutableList.of();
    }
    return candidates.stream()
        .filter(node -> node.document().map(reference::matches)
            .orElseGet(() -> ((ReferenceKey) node.key()).admits(reference)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the nodes that implement nothing in the cascade: its roots, such as 21-NQ/TW.
   *
   * @return the roots, in the order added
   */
  public ImmutableList<CascadeNode> roots() {
    ImmutableList.Builder<CascadeNode> roots = ImmutableList.builder();
    for (int i = 0; i < structure.parents.length; i++) {
      if (structure.parents[i].length == 0) {
        roots.add(nodes.get(i));
      }
    }
    return roots.build();
  }

  /**
   * Returns the documents a node implements.
   *
   * @param node a node of this cascade
   * @return its parents, in the order it cites them
   * @throws IllegalArgumentException if the node is not one of this cascade's
   */
  public ImmutableList<CascadeNode> parents(CascadeNode node) {
    return nodesAt(structure.parents[check(node)]);
  }

  /**
   * Returns the documents that implement a node directly.
   *
   * @param node a node of this cascade
   * @return its children
   * @throws IllegalArgumentException if the node is not one of this cascade's
   */
  public ImmutableList<CascadeNode> children(CascadeNode node) {
    return nodesAt(structure.children[check(node)]);
  }

  /**
   * Returns the links from a node to the documents it implements.
   *
   * @param node a node of this cascade
   * @return the links, in the order it cites its parents
   * @throws IllegalArgumentException if the node is not one of this cascade's
   */
  public ImmutableList<CascadeLink> links(CascadeNode node) {
    return ImmutableList.copyOf(structure.parentLinks[check(node)]);
  }

  /**
   * Returns every document that implements a node directly or through others, nearest first (breadth first).
   *
   * @param node a node of this cascade
   * @return its descendants, without the node itself
   * @throws IllegalArgumentException if the node is not one of this cascade's
   */
  public ImmutableList<CascadeNode> descendants(CascadeNode node) {
    check(node);
    ImmutableList<CascadeNode> reached = ImmutableList.copyOf(Traverser.forGraph(graph()).breadthFirst(node));
    return reached.subList(1, reached.size());
  }

  /**
   * Returns the length of the longest chain of links from a root down to a node: 0 for a root, 1 for a provincial
   * plan implementing 21-NQ/TW, 2 for 49-KH/ĐUK implementing 71-KH/TU.
   *
   * @param node a node of this cascade
   * @return its depth
   * @throws IllegalArgumentException if the node is not one of this cascade's
   */
  public int depth(CascadeNode node) {
    return structure.depth[check(node)];
  }

  /**
   * Returns the length of the longest chain of links in the cascade.
   *
   * @return the depth, 0 for a cascade without links
   */
  public int depth() {
    return structure.maxDepth;
  }

  /**
   * Returns what building the cascade found: duplicate documents, references that are unresolved, incomplete,
   * inferred, ambiguous or repeated, and cycles. {@link CascadeValidator} includes it in its report.
   *
   * @return the findings, rules {@code cascade.document.*}, {@code cascade.reference.*} and {@code cascade.cycle}
   */
  public ValidationReport report() {
    return report;
  }

  /** The index of a node of this cascade. */
  @SuppressWarnings("ReferenceEquality") // a node belongs to this cascade only if it is the very object it holds
  int check(CascadeNode node) {
    checkNotNull(node, "node is null");
    int i = node.index;
    checkArgument(i < nodes.size() && nodes.get(i) == node,
        "node %s is not a node of this cascade: get nodes from this cascade's methods", node);
    return i;
  }

  int[] parentIndexes(int i) {
    return structure.parents[i];
  }

  int[] order() {
    return structure.order;
  }

  /** The issue date as an epoch day, or {@link #NO_DAY}. */
  long day(int i) {
    return structure.day[i];
  }

  /** The issuer's unit code, or null. */
  String unit(int i) {
    return structure.unit[i];
  }

  /** The ordinal of the issuer's level, or -1. */
  int level(int i) {
    return structure.level[i];
  }

  /** True for a plan with targets, tasks, phases, reporting duties or a stated horizon. */
  boolean hasContent(int i) {
    return structure.content[i];
  }

  private ImmutableList<CascadeNode> nodesAt(int[] indexes) {
    ImmutableList.Builder<CascadeNode> list = ImmutableList.builderWithExpectedSize(indexes.length);
    for (int i : indexes) {
      list.add(nodes.get(i));
    }
    return list.build();
  }

  /** Returns the number of nodes and links, and the depth. */
  @Override
  public String toString() {
    int links = 0;
    for (int[] p : structure.parents) {
      links += p.length;
    }
    return "Cascade[" + nodes.size() + " nodes, " + links + " links, depth " + structure.maxDepth + "]";
  }

  /**
   * Builds a {@link Cascade} from plans. Not thread-safe; {@link #build()} may be called again after adding more.
   */
  public static final class Builder {
    private final List<Plan> plans = new ArrayList<>();

    Builder() {}

    /**
     * Adds a plan.
     *
     * @param plan the plan
     * @return this builder
     */
    public Builder add(Plan plan) {
      plans.add(checkNotNull(plan, "plan is null"));
      return this;
    }

    /**
     * Adds a document, as a plan without content.
     *
     * @param document the document
     * @return this builder
     */
    public Builder add(Document document) {
      return add(Plan.of(checkNotNull(document, "document is null")));
    }

    /**
     * Adds plans, in order.
     *
     * @param plans the plans
     * @return this builder
     */
    public Builder addAll(Iterable<Plan> plans) {
      checkNotNull(plans, "plans is null").forEach(this::add);
      return this;
    }

    /**
     * Adds documents, in order, as plans without content.
     *
     * @param documents the documents
     * @return this builder
     */
    public Builder addDocuments(Iterable<Document> documents) {
      checkNotNull(documents, "documents is null").forEach(this::add);
      return this;
    }

    /**
     * Builds the cascade, resolving every reference; never throws on data.
     *
     * @return the cascade, with its report
     */
    public Cascade build() {
      CascadeAssembler assembler = new CascadeAssembler();
      plans.forEach(assembler::add);
      assembler.resolve();
      return new Cascade(assembler);
    }
  }
}
