package vn.danso.plan;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.document.NumberingScheme;
import vn.danso.document.ReferenceRules;
import vn.danso.text.Language;
import vn.danso.text.LocalizedText;
import vn.danso.validation.ValidationReport;

/**
 * Builds the parts of a {@link Cascade}: one node per plan (duplicates reported), every "implements" reference
 * resolved through indexes by number and by issuer (never by scanning all plans), placeholders for what does not
 * resolve, and the links that close cycles left out. Not thread-safe; used once.
 */
final class CascadeAssembler {
  final List<CascadeNode> nodes = new ArrayList<>();
  final PlanIndex index = new PlanIndex();
  final ValidationReport.Builder report = ValidationReport.builder();

  /** Edges parent → child, in the order the children cite their parents. */
  private final List<CascadeLink> links = new ArrayList<>();
  private final Map<CascadeNode.Kind, Map<ReferenceKey, Placeholder>> placeholders =
      new EnumMap<>(CascadeNode.Kind.class);
  private final List<Placeholder> placeholderOrder = new ArrayList<>();

  /** A placeholder node, with who cited it first and how often, for its finding. */
  private static final class Placeholder {
    final CascadeNode node;
    final List<CascadeNode> citedBy = new ArrayList<>(1);
    final List<CascadeNode> candidates;

    Placeholder(CascadeNode node, List<CascadeNode> candidates) {
      this.node = node;
      this.candidates = candidates;
    }
  }

  void add(Plan plan) {
    Object key;
    CascadeNode.Kind kind;
    if (plan.issuingDocument().isPresent()) {
      key = plan.issuingDocument().get().identity();
      kind = CascadeNode.Kind.DOCUMENT;
    } else {
      key = ReferenceKey.of(plan.reference());
      kind = CascadeNode.Kind.KNOWN_BY_REFERENCE;
    }
    CascadeNode node = new CascadeNode(kind, plan, plan.reference(), key, nodes.size());
    CascadeNode first = index.addIfAbsent(node);
    if (first != null) {
      report.add(PlanRules.DUPLICATE.finding(Subjects.of(node)).arg("node", first).build());
      return;
    }
    nodes.add(node);
    if (kind == CascadeNode.Kind.KNOWN_BY_REFERENCE && !plan.reference().isComplete()) {
      report.add(PlanRules.INCOMPLETE.finding(Subjects.of(node))
          .arg("node", node).arg("missing", Subjects.missing(plan.reference().missing())).build());
    }
  }

  /** Resolves every plan's references, in the order the plans were added. */
  void resolve() {
    int planCount = nodes.size();
    for (int i = 0; i < planCount; i++) {
      CascadeNode child = nodes.get(i);
      int firstLink = links.size();
      List<DocumentReference> implemented = child.plan().get().implemented();
      for (DocumentReference reference : implemented) {
        resolve(child, fullest(reference, implemented), firstLink);
      }
    }
    for (Placeholder p : placeholderOrder) {
      switch (p.node.kind()) {
        case UNRESOLVED_REFERENCE:
          report.add(PlanRules.UNRESOLVED.finding(Subjects.of(p.node))
              .arg("node", p.node).arg("count", p.citedBy.size()).arg("citedBy", p.citedBy.get(0)).build());
          break;
        case INCOMPLETE_REFERENCE:
          report.add(PlanRules.INCOMPLETE.finding(Subjects.of(p.node))
              .arg("node", p.node).arg("missing", Subjects.missing(p.node.reference().missing())).build());
          break;
        default:
          report.add(PlanRules.AMBIGUOUS.finding(Subjects.of(p.citedBy.get(0)))
              .arg("node", p.node).arg("count", p.candidates.size())
              .arg("candidates", LocalizedText.of(labels(p.candidates, Language.VI), labels(p.candidates, Language.EN)))
              .build());
      }
    }
  }

  /**
   * The fullest of a plan's references to the document that this one names: a text often cites a document once in
   * full and again by its number alone ("Kế hoạch số 79-KH/TU ngày 17/12/2017 của Tỉnh ủy", then "Kế hoạch số
   * 79-KH/TU"). A reference with the same number and no part that differs, but fewer parts, is the same document;
   * it then links where the full one does, and is reported as repeated rather than as a second, incomplete parent.
   */
  static DocumentReference fullest(DocumentReference reference, List<DocumentReference> references) {
    DocumentReference fullest = reference;
    if (reference.number().isEmpty()) {
      return fullest;
    }
    for (DocumentReference other : references) {
      if (other.number().equals(reference.number()) && partCount(other) > partCount(fullest)
          && agree(reference.issuer(), other.issuer()) && agree(reference.type(), other.type())
          && agree(reference.knownDate(), other.knownDate())
          && (reference.term().isEmpty() || other.term().isEmpty() || reference.term().equals(other.term()))) {
        fullest = other;
      }
    }
    return fullest;
  }

  private static boolean agree(Optional<?> a, Optional<?> b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  private static int partCount(DocumentReference reference) {
    return (reference.issuer().isPresent() ? 1 : 0) + (reference.type().isPresent() ? 1 : 0)
        + (reference.knownDate().isPresent() ? 1 : 0) + (reference.term().isPresent() ? 1 : 0);
  }

  private void resolve(CascadeNode child, DocumentReference cited, int firstLink) {
    DocumentReference reference = inPartyForm(child, cited);
    List<CascadeNode> candidates = index.candidates(reference);
    CascadeNode match = null;
    List<CascadeNode> matches = null;
    if (candidates != null) {
      for (CascadeNode candidate : candidates) {
        if (matches(reference, candidate)) {
          if (match == null) {
            match = candidate;
          } else {
            if (matches == null) {
              matches = new ArrayList<>();
              matches.add(match);
            }
            matches.add(candidate);
          }
        }
      }
    }
    if (match == null && candidates != null && reference.type().isPresent() && reference.number().isPresent()) {
      match = matchOfAnotherType(child, reference, candidates);
    }
    CascadeNode parent;
    boolean inferred = false;
    if (match != null && matches == null) {
      parent = match;
      if (!reference.isComplete() && parent.kind() == CascadeNode.Kind.DOCUMENT) {
        inferred = true;
        report.add(PlanRules.INFERRED.finding(Subjects.of(child))
            .arg("reference", reference.toString()).arg("missing", Subjects.missing(reference.missing()))
            .arg("node", parent).build());
      }
    } else {
      CascadeNode.Kind kind = matches != null ? CascadeNode.Kind.AMBIGUOUS_REFERENCE
          : reference.isComplete() ? CascadeNode.Kind.UNRESOLVED_REFERENCE : CascadeNode.Kind.INCOMPLETE_REFERENCE;
      parent = placeholder(kind, reference, child, matches).node;
    }
    for (int k = firstLink; k < links.size(); k++) {
      if (links.get(k).parent().equals(parent)) {
        report.add(PlanRules.REPEATED.finding(Subjects.of(child)).arg("parent", parent).build());
        return;
      }
    }
    links.add(new CascadeLink(parent, child, reference, inferred));
  }

  /**
   * The one document that a reference fits but for the type it names: a plan issued by a decision, cited by the
   * decision's number with the plan's type, is that plan; any other such citation (a plan cited as a decision, a
   * decision as a plan) is linked and reported once. Null when no or several documents fit.
   */
  private CascadeNode matchOfAnotherType(CascadeNode child, DocumentReference reference,
      List<CascadeNode> candidates) {
    DocumentReference untyped = withoutType(reference);
    CascadeNode found = null;
    for (CascadeNode candidate : candidates) {
      if (matches(untyped, candidate)) {
        if (found != null) {
          return null;
        }
        found = candidate;
      }
    }
    if (found == null) {
      return null;
    }
    return ofAnotherType(child, reference, found);
  }

  private CascadeNode ofAnotherType(CascadeNode child, DocumentReference reference, CascadeNode found) {
    DocumentType cited = reference.type().get();
    Optional<DocumentType> issuedAs = found.plan().flatMap(Plan::issuedAs);
    if (issuedAs.isPresent() && issuedAs.get() == cited) {
      return found;
    }
    Optional<DocumentType> actual = found.document().map(Document::type).or(() -> found.reference().type());
    if (actual.isPresent()) { // a plan known by a reference without a type admits any type, and is not reached here
      report.add(PlanRules.TYPE_MISMATCH.finding(Subjects.of(child))
          .arg("node", found).arg("reference", reference.toString()).expected(actual.get()).actual(cited).build());
    }
    return found;
  }

  static DocumentReference withoutType(DocumentReference reference) {
    DocumentReference.Builder builder = DocumentReference.builder();
    reference.number().ifPresent(builder::number);
    reference.issuer().ifPresent(builder::issuer);
    reference.date().ifPresent(builder::date);
    reference.term().ifPresent(builder::term);
    reference.citation().ifPresent(builder::citation);
    return builder.build();
  }

  /**
   * A reference whose number is a Party number written in the State shape ("21/NQ-TW") names the Party document: the
   * reference is read with the Party number, and the citation is reported.
   */
  private DocumentReference inPartyForm(CascadeNode child, DocumentReference reference) {
    Optional<DocumentNumber> party = reference.number().flatMap(NumberingScheme.standard()::partyFormOf);
    if (party.isEmpty()) {
      return reference;
    }
    report.add(ReferenceRules.PARTY_NUMBER_IN_STATE_FORM.finding(Subjects.of(child))
        .actual(reference.number().get().format()).expected(party.get().format()).build());
    DocumentReference.Builder builder = DocumentReference.builder().number(party.get());
    reference.issuer().ifPresent(builder::issuer);
    reference.type().ifPresent(builder::type);
    reference.date().ifPresent(builder::date);
    reference.term().ifPresent(builder::term);
    reference.citation().ifPresent(builder::citation);
    return builder.build();
  }

  private static boolean matches(DocumentReference reference, CascadeNode node) {
    Document document = node.document().orElse(null);
    return document != null ? reference.matches(document) : ((ReferenceKey) node.key()).admits(reference);
  }

  private Placeholder placeholder(CascadeNode.Kind kind, DocumentReference reference, CascadeNode citedBy,
      List<CascadeNode> candidates) {
    ReferenceKey key = ReferenceKey.of(reference);
    Map<ReferenceKey, Placeholder> ofKind = placeholders.computeIfAbsent(kind, k -> new HashMap<>());
    Placeholder p = ofKind.get(key);
    if (p == null) {
      p = new Placeholder(new CascadeNode(kind, null, reference, key, nodes.size()),
          candidates == null ? List.of() : ImmutableList.copyOf(candidates));
      nodes.add(p.node);
      ofKind.put(key, p);
      placeholderOrder.add(p);
    }
    if (p.citedBy.isEmpty() || !p.citedBy.get(p.citedBy.size() - 1).equals(citedBy)) {
      p.citedBy.add(citedBy);   // a document citing it twice counts once
    }
    return p;
  }

  private static String labels(List<CascadeNode> nodes, Language language) {
    StringBuilder out = new StringBuilder();
    for (CascadeNode node : nodes) {
      out.append(out.length() == 0 ? "" : "; ").append(node.label(language));
    }
    return out.toString();
  }

  /** The links found, in order; the graph's edges before cycles are broken. */
  List<CascadeLink> links() {
    return links;
  }
}
