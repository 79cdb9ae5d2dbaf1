package vn.danso.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.graph.Graphs;
import com.google.common.graph.ImmutableGraph;
import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.Traverser;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Guava graph views of a hierarchy agree with the queries that answer from danso's own indexes. */
class HierarchyGraphTest {
  private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

  static Stream<HierarchySnapshot> snapshots() {
    Hierarchy anMinh = AnMinh.build().hierarchy();
    Hierarchy vietnam = VietnamCatalogue.hierarchy();
    return Stream.of(anMinh.asOf(LocalDate.of(2025, 3, 1)), anMinh.asOf(JULY_1),
        vietnam.asOf(LocalDate.of(2024, 12, 31)), vietnam.asOf(JULY_1));
  }

  @ParameterizedTest
  @MethodSource("snapshots")
  void theTreeGraphHasTheSnapshotsUnitsParentsAndChildren(HierarchySnapshot snapshot) {
    ImmutableGraph<UnitVersion> graph = snapshot.graph();
    assertThat(graph.isDirected()).isTrue();
    assertThat(Graphs.hasCycle(graph)).isFalse();
    assertThat(graph.nodes()).containsExactlyInAnyOrderElementsOf(snapshot.units());
    assertThat(graph.edges()).hasSize(snapshot.size() - 1);
    for (UnitVersion unit : snapshot.units()) {
      String code = unit.code().value();
      assertThat(graph.successors(unit)).as(code).containsExactlyElementsOf(snapshot.children(code));
      assertThat(graph.predecessors(unit)).as(code)
          .containsExactlyInAnyOrderElementsOf(snapshot.parent(code).stream().toList());
    }
  }

  @ParameterizedTest
  @MethodSource("snapshots")
  void aTraverserWalksTheDescendantsInTheSnapshotsOrder(HierarchySnapshot snapshot) {
    Traverser<UnitVersion> traverser = Traverser.forTree(snapshot.graph());
    for (UnitVersion unit : snapshot.units()) {
      ImmutableList<UnitVersion> walked = ImmutableList.copyOf(traverser.depthFirstPreOrder(unit));
      assertThat(walked.subList(1, walked.size())).as(unit.code().value())
          .containsExactlyElementsOf(snapshot.descendants(unit.code().value()));
    }
  }

  @Test
  void theSuccessionGraphHasEveryLinkFromPredecessorToSuccessor() {
    Hierarchy vietnam = VietnamCatalogue.hierarchy();
    ImmutableNetwork<UnitId, SuccessionLink> network = vietnam.successionGraph();
    assertThat(network.edges()).containsExactlyElementsOf(ImmutableSet.copyOf(vietnam.links()));
    assertThat(network.nodes()).hasSize(vietnam.units().size());
    for (SuccessionLink link : vietnam.links()) {
      assertThat(network.incidentNodes(link).source()).isEqualTo(link.predecessor());
      assertThat(network.incidentNodes(link).target()).isEqualTo(link.successor());
    }
    for (AdministrativeUnit unit : vietnam.units()) {
      assertThat(network.outEdges(unit.id())).containsExactlyInAnyOrderElementsOf(vietnam.successors(unit.id()));
      assertThat(network.inEdges(unit.id())).containsExactlyInAnyOrderElementsOf(vietnam.predecessors(unit.id()));
    }
  }

  @Test
  void followingTheSuccessionGraphLeadsKienGiangIntoTheNewAnGiang() {
    Hierarchy vietnam = VietnamCatalogue.hierarchy();
    UnitId kienGiang = vietnam.asOf(LocalDate.of(2025, 6, 30)).unit("91").orElseThrow().unit();
    UnitId anGiang = vietnam.asOf(JULY_1).unit("91").orElseThrow().unit();
    assertThat(kienGiang).isNotEqualTo(anGiang);
    assertThat(Traverser.forGraph(vietnam.successionGraph()).breadthFirst(kienGiang)).contains(anGiang);
  }
}
