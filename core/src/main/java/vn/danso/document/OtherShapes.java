package vn.danso.document;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import vn.danso.body.BodyKind;
import vn.danso.body.IssuerAbbreviation;

/**
 * Numbers written in the shape of the other family, read as the family their issuer numbers in: a Party number in
 * the State's shape ({@code 21/NQ-TW} for {@code 21-NQ/TW}) and a State number in the Party's ({@code 12-KH/UBND} for
 * {@code 12/KH-UBND}). The work behind {@link NumberingScheme#partyFormOf} and {@link NumberingScheme#stateFormOf};
 * the reader also asks here whether an issuer numbers outside the Party's form, which decides the older ministry form
 * {@code 808-BYT/QĐ}. Stateless.
 */
final class OtherShapes {
  private OtherShapes() {}

  /** See {@link NumberingScheme#partyFormOf}. */
  static Optional<DocumentNumber> partyFormOf(NumberingScheme rules, DocumentNumber number) {
    checkNotNull(number, "number is null");
    if (number.family() != NumberFamily.STATE_ADMINISTRATIVE || number.form() != NumberForm.STANDARD
        || number.typeCode().isEmpty() || !number.qualifiers().isEmpty() || number.sequenceLetter().isPresent()) {
      return Optional.empty();
    }
    Optional<IssuerAbbreviation> issuer = rules.issuers().find(number.issuerCode());
    if (issuer.isEmpty() || !NumberingTables.standsOnlyForParty(issuer.get())) {
      return Optional.empty();
    }
    Optional<TypeAbbreviation> type = rules.typeAbbreviation(NumberFamily.PARTY, number.typeCode().get());
    if (type.isEmpty() || type.get().code().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(rules.party(number.number(), type.get().code().get(), issuer.get().code()));
  }

  /** See {@link NumberingScheme#stateFormOf}. */
  static Optional<DocumentNumber> stateFormOf(NumberingScheme rules, DocumentNumber number) {
    checkNotNull(number, "number is null");
    if (number.family() != NumberFamily.PARTY || number.typeCode().isEmpty() || !number.qualifiers().isEmpty()
        || number.sequenceLetter().isPresent()) {
      return Optional.empty();
    }
    Optional<IssuerAbbreviation> issuer = rules.issuers().find(number.issuerCode());
    if (issuer.isEmpty() || !numbersOutsideParty(rules, issuer.get())) {
      return Optional.empty();
    }
    Optional<TypeAbbreviation> type = rules.typeAbbreviation(NumberFamily.STATE_ADMINISTRATIVE,
        number.typeCode().get());
    if (type.isEmpty() || type.get().code().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(rules.state(number.number(), type.get().code().get(), issuer.get().code()));
  }

  /**
   * True when the abbreviation stands for some body and every body it stands for numbers in the State's form and
   * not in the Party's (the People's Committee, a department, a ministry): not the Front and mass organisations,
   * which may use either.
   */
  static boolean numbersOutsideParty(NumberingScheme rules, IssuerAbbreviation issuer) {
    if (issuer.kinds().isEmpty()) {
      return false;
    }
    for (BodyKind kind : issuer.kinds()) {
      ImmutableSet<NumberFamily> allowed = rules.families(kind.system());
      if (allowed.contains(NumberFamily.PARTY) || !allowed.contains(NumberFamily.STATE_ADMINISTRATIVE)) {
        return false;
      }
    }
    return true;
  }
}
