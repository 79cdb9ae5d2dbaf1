package vn.danso.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.graph.EndpointPair;
import com.google.common.graph.Graphs;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitRow;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.body.Body;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.testing.Gen;
import vn.danso.validation.ValidationReport;

/**
 * Generated cascades of provincial and district plans with random dates, parents, dangling references, duplicates
 * and cycles: building and validating never throws, the graph never has a cycle, and the date, territory and lag
 * findings agree with a direct computation over the graph's edges.
 */
class CascadePropertyTest {
  private static final List<String> PROVINCES = List.of("01", "06", "46", "91", "30");
  private static final Hierarchy HIERARCHY = hierarchy();

  private static Hierarchy hierarchy() {
    List<UnitRow> rows = new ArrayList<>();
    for (int p = 0; p < PROVINCES.size(); p++) {
      for (int d = 0; d < 3; d++) {
        rows.add(UnitRow.of(district(p, d), "Huyện Thử " + p + d, PROVINCES.get(p)));
      }
    }
    return VietnamCatalogue.builder().addRows(rows).build().hierarchy();
  }

  private static String district(int p, int d) {
    return String.format("%03d", 700 + p * 10 + d);
  }

  static Stream<Long> seeds() {
    return Gen.seeds(300);
  }

  private static List<Plan> generate(Gen gen) {
    List<Document> documents = new ArrayList<>();
    Body tw = Seeds.TW;
    documents.add(Seeds.NQ21);
    int count = gen.intBetween(1, 40);
    for (int i = 0; i < count; i++) {
      int p = gen.intBetween(0, PROVINCES.size() - 1);
      boolean district = gen.chance(0.5);
      String code = district ? district(p, gen.intBetween(0, 2)) : PROVINCES.get(p);
      Body issuer = Body.builder().id("b." + code).name("Cơ quan " + code)
          .kind(district ? BodyKinds.DISTRICT_PARTY_COMMITTEE : BodyKinds.PROVINCIAL_PARTY_COMMITTEE)
          .jurisdiction(Jurisdiction.of(UnitCode.of(code), "Nơi " + code)).build();
      LocalDate date = LocalDate.of(2017, 10, 1).plusDays(gen.intBetween(0, 900));
      Document.Builder builder = Document.builder()
          .number(DocumentNumber.parse((i + 1) + "-KH/" + (district ? "HU" : "TU")))
          .type(DocumentType.PLAN).issuer(issuer).date(date);
      int parents = gen.intBetween(0, 2);
      for (int k = 0; k < parents; k++) {
        int kind = gen.intBetween(0, 9);
        if (kind == 0) {
          builder.addImplemented(DocumentReference.builder().number(DocumentNumber.parse("999-KH/TU"))
              .issuer(tw).date(date.minusDays(5)).build());
        } else if (kind == 1 && i + 2 <= count) {
          // a reference to a later document of this run: may close a cycle
          int later = gen.intBetween(i + 2, count);
          builder.addImplemented(DocumentReference.builder()
              .number(DocumentNumber.parse(later + "-KH/" + (gen.chance(0.5) ? "HU" : "TU"))).build());
        } else {
          builder.addImplemented(gen.pick(documents).reference());
        }
      }
      documents.add(builder.build());
      if (gen.chance(0.05)) {
        documents.add(documents.get(documents.size() - 1));
      }
    }
    return documents.stream().map(Plan::of).toList();
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void validationAgreesWithTheGraph(long seed) {
    Gen gen = new Gen(seed);
    Cascade cascade = Cascade.of(generate(gen));
    assertThat(Graphs.hasCycle(cascade.graph().asGraph())).isFalse();
    ValidationReport report = CascadeValidator.of(HIERARCHY).withoutDocumentChecks().validate(cascade);
    int before = 0;
    int outside = 0;
    int higher = 0;
    for (EndpointPair<CascadeNode> edge : cascade.graph().edges()) {
      CascadeNode parent = edge.source();
      CascadeNode child = edge.target();
      if (parent.date().isPresent() && child.date().get().isBefore(parent.date().get())) {
        before++;
      }
      if (parent.issuer().isEmpty()) {
        continue;
      }
      AdministrativeLevel pl = parent.issuer().get().level();
      AdministrativeLevel cl = child.issuer().get().level();
      if (cl.isAbove(pl)) {
        higher++;
      } else if (!HIERARCHY.asOf(child.date().get()).isWithin(child.issuer().get().jurisdiction().unit(),
          parent.issuer().get().jurisdiction().unit())) {
        outside++;
      }
    }
    assertThat(report.count(PlanRules.BEFORE_PARENT.id())).as("before-parent").isEqualTo(before);
    assertThat(report.count(PlanRules.HIGHER_LEVEL.id())).as("higher-level").isEqualTo(higher);
    assertThat(report.count(PlanRules.OUTSIDE_PARENT_JURISDICTION.id())).as("outside").isEqualTo(outside);
    assertThat(report.count(PlanRules.UNIT_UNKNOWN.id())).isZero();
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void lagsAreTheDaysOfEveryLinkBelowTheRoot(long seed) {
    Gen gen = new Gen(seed);
    Cascade cascade = Cascade.of(generate(gen));
    CascadeNode root = cascade.node(Seeds.NQ21).orElseThrow();
    LocalDate asOf = LocalDate.of(2030, 1, 1);
    LagReport report = LagReport.of(cascade, root, asOf);
    List<CascadeNode> below = new ArrayList<>(cascade.descendants(root));
    below.add(root);
    long expected = cascade.graph().edges().stream()
        .filter(e -> below.contains(e.source()) && below.contains(e.target()))
        .filter(e -> e.source().date().isPresent())
        .count();
    assertThat(report.lags()).hasSize((int) expected);
    for (Lag lag : report.lags()) {
      assertThat(lag.days()).isEqualTo(ChronoUnit.DAYS.between(lag.parent().date().get(), lag.child().date().get()));
    }
    for (LagSummary summary : report.summaries()) {
      List<Long> days = report.lags().stream().filter(l -> l.level() == summary.level()).map(Lag::days).toList();
      assertThat(summary.count()).isEqualTo(days.size());
      assertThat(summary.min()).isEqualTo(days.stream().mapToLong(Long::longValue).min().getAsLong());
      assertThat(summary.max()).isEqualTo(days.stream().mapToLong(Long::longValue).max().getAsLong());
      assertThat(summary.median()).isBetween((double) summary.min(), (double) summary.max());
    }
    int deepest = below.stream().mapToInt(cascade::depth).max().orElse(0);
    assertThat(report.depth()).isLessThanOrEqualTo(deepest);
  }
}
