package vn.danso.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danso.body.Body;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;

/**
 * The plans of a cascade indexed for resolving references: by what identifies them, by number and issuer, by number
 * alone and by issuer alone. Filled while the cascade is built, read only afterwards.
 */
final class PlanIndex {
  private final Map<Object, CascadeNode> byKey = new HashMap<>();
  private final Map<List<Object>, List<CascadeNode>> byNumberAndIssuer = new HashMap<>();
  private final Map<DocumentNumber, List<CascadeNode>> byNumber = new HashMap<>();
  private final Map<String, List<CascadeNode>> byIssuer = new HashMap<>();

  /** The plan already indexed under the node's key, or null after indexing the node. */
  CascadeNode addIfAbsent(CascadeNode node) {
    CascadeNode first = byKey.putIfAbsent(node.key(), node);
    if (first != null) {
      return first;
    }
    Optional<DocumentNumber> number = node.number();
    Optional<Body> issuer = node.issuer();
    number.ifPresent(n -> byNumber.computeIfAbsent(n, k -> new ArrayList<>(1)).add(node));
    issuer.ifPresent(i -> byIssuer.computeIfAbsent(i.id(), k -> new ArrayList<>(2)).add(node));
    if (number.isPresent() && issuer.isPresent()) {
      byNumberAndIssuer.computeIfAbsent(List.of(number.get(), issuer.get().id()), k -> new ArrayList<>(1)).add(node);
    }
    return null;
  }

  CascadeNode get(Object key) {
    return byKey.get(key);
  }

  /**
   * The plans a reference may name, from the narrowest index its parts allow: by number and issuer, by number, by
   * issuer; null when it gives neither number nor issuer.
   */
  List<CascadeNode> candidates(DocumentReference reference) {
    Optional<DocumentNumber> number = reference.number();
    Optional<Body> issuer = reference.issuer();
    if (number.isPresent() && issuer.isPresent()) {
      return byNumberAndIssuer.get(List.of(number.get(), issuer.get().id()));
    }
    if (number.isPresent()) {
      return byNumber.get(number.get());
    }
    return issuer.isPresent() ? byIssuer.get(issuer.get().id()) : null;
  }
}
