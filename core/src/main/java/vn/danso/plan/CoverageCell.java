package vn.danso.plan;

import java.util.Objects;
import java.util.Optional;
import vn.danso.text.Language;
import vn.danso.text.Localized;

/**
 * One cell of a coverage report: whether a unit's body of one track has issued its implementing document by the
 * report's date, and which document. Immutable; compares by value.
 */
public final class CoverageCell implements Localized {
  private static final CoverageCell MISSING = new CoverageCell(CoverageStatus.MISSING, null);

  private final CoverageStatus status;
  private final CascadeNode node;

  private CoverageCell(CoverageStatus status, CascadeNode node) {
    this.status = status;
    this.node = node;
  }

  static CoverageCell missing() {
    return MISSING;
  }

  static CoverageCell of(CascadeNode node) {
    return new CoverageCell(node.date().isPresent() ? CoverageStatus.ISSUED : CoverageStatus.UNDATED, node);
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public CoverageStatus status() {
    return status;
  }

  /**
   * Returns the implementing document: the earliest issued, else one known without a date.
   *
   * @return the document's node, or empty when the status is {@link CoverageStatus#MISSING}
   */
  public Optional<CascadeNode> node() {
    return Optional.ofNullable(node);
  }

  /** Returns the document's number and date, {@code "chưa có"} / {@code "not yet"} when missing. */
  @Override
  public String label(Language language) {
    if (node == null) {
      return status.label(language);
    }
    String number = node.number().map(n -> n.format()).orElseGet(() -> node.reference().type()
        .map(t -> t.typeName().get(language)).orElse("?"));
    return number + " (" + node.date().map(d -> CoverageFormat.date(d, language))
        .orElse(language == Language.VI ? "chưa rõ ngày" : "date unknown") + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CoverageCell && status == ((CoverageCell) o).status
        && Objects.equals(node, ((CoverageCell) o).node);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, node);
  }

  /** Returns the English label. */
  @Override
  public String toString() {
    return label(Language.EN);
  }
}
