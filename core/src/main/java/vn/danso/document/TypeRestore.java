package vn.danso.document;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * Puts back the type abbreviation a State number was printed without ({@code 1281/-UBND}, a
 * {@link NumberForm#TYPE_MISSING} number) when the text names the type elsewhere: the type words before a cited
 * number ("Quyết định số 1281/-UBND") for {@link ReferenceFinder}, the title line ("QUYẾT ĐỊNH") for
 * {@link DocumentHeading}. Only where the State table has exactly one abbreviation for that type; the callers report
 * what they put back. Stateless.
 */
final class TypeRestore {
  private TypeRestore() {}

  /**
   * Returns the number with the abbreviation of the type put back, or empty when there is no number, it has its type,
   * the type is not known, or the State table has no single abbreviation for it.
   */
  static Optional<DocumentNumber> restore(NumberingScheme rules, DocumentNumber number, DocumentType type) {
    if (number == null || number.form() != NumberForm.TYPE_MISSING || type == null) {
      return Optional.empty();
    }
    ImmutableSet<String> codes = rules.codesFor(NumberFamily.STATE_ADMINISTRATIVE, type);
    if (codes.size() != 1) {
      return Optional.empty();
    }
    String written = number.format();
    int hyphen = written.indexOf("/-");
    ParseResult<DocumentNumber> read = rules.tryParse(
        written.substring(0, hyphen + 1) + codes.iterator().next() + written.substring(hyphen + 1));
    return read.isSuccess() && read.get().form() == NumberForm.STANDARD && read.get().typeCode().isPresent()
        ? Optional.of(read.get()) : Optional.empty();
  }
}
