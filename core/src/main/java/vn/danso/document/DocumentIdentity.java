package vn.danso.document;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;

/**
 * What makes a document one document (định danh văn bản): its issuer, its number, its type and the
 * {@linkplain NumberingScope scope} the number runs in.
 *
 * <p>The number alone does not identify: {@code TU} stands for every provincial committee, Party numbers restart
 * in every term and State numbers every year, and the National Assembly numbers its laws and its resolutions in
 * separate series that both write {@code /QH15}. Two records of one document, made by different systems, have equal
 * identities. Immutable; compares by value.
 */
public final class DocumentIdentity {
  private final String issuerId;
  private final DocumentNumber number;
  private final DocumentType type;
  private final NumberingScope scope;

  private DocumentIdentity(String issuerId, DocumentNumber number, DocumentType type, NumberingScope scope) {
    this.issuerId = issuerId;
    this.number = number;
    this.type = type;
    this.scope = scope;
  }

  /**
   * Returns the identity with the given parts.
   *
   * @param issuerId the issuer's {@linkplain vn.danso.body.Body#id() id}
   * @param number the number
   * @param type the document's type
   * @param scope the numbering scope
   * @return the identity
   */
  public static DocumentIdentity of(String issuerId, DocumentNumber number, DocumentType type,
      NumberingScope scope) {
    return new DocumentIdentity(checkNotNull(issuerId, "issuerId is null"), checkNotNull(number, "number is null"),
        checkNotNull(type, "type is null"), checkNotNull(scope, "scope is null"));
  }

  /**
   * Returns the issuer's id.
   *
   * @return the id
   */
  public String issuerId() {
    return issuerId;
  }

  /**
   * Returns the number.
   *
   * @return the number
   */
  public DocumentNumber number() {
    return number;
  }

  /**
   * Returns the document's type.
   *
   * @return the type
   */
  public DocumentType type() {
    return type;
  }

  /**
   * Returns the scope the number runs in.
   *
   * @return the scope
   */
  public NumberingScope scope() {
    return scope;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DocumentIdentity)) {
      return false;
    }
    DocumentIdentity that = (DocumentIdentity) o;
    return issuerId.equals(that.issuerId) && number.equals(that.number) && type == that.type
        && scope.equals(that.scope);
  }

  @Override
  public int hashCode() {
    return Objects.hash(issuerId, number, type, scope);
  }

  /** Returns e.g. {@code "49-KH/ĐUK (PLAN) of party.duk.46, issue date 2018-06-04"}. */
  @Override
  public String toString() {
    return number + " (" + type + ") of " + issuerId + ", " + scope;
  }
}
