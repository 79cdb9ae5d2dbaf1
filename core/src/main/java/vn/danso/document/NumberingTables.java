package vn.danso.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import vn.danso.body.BodyKind;
import vn.danso.body.BodySystem;
import vn.danso.body.IssuerAbbreviation;
import vn.danso.body.IssuerAbbreviations;
import vn.danso.internal.CodeTable;

/**
 * The lookup tables a {@link NumberingScheme} builds from its entries for the reader: type abbreviations per family,
 * issuer abbreviations, and the types a legal number without a type code implies for each issuer. Immutable.
 */
final class NumberingTables {
  private static final ImmutableSet<DocumentType> LETTER = ImmutableSet.of(DocumentType.OFFICIAL_LETTER);

  private final EnumMap<NumberFamily, CodeTable<TypeAbbreviation>> typeTables = new EnumMap<>(NumberFamily.class);
  private final CodeTable<IssuerAbbreviation> issuerTable;
  private final IssuerAbbreviations issuers;
  /** Built when first asked for (held here rather than by a memoizing supplier: no lambda to spin on first use). */
  private final AtomicReference<CodeTable<ImmutableSet<DocumentType>>> untyped = new AtomicReference<>();
  private final ImmutableList<TypeAbbreviation> types;

  /**
   * Writes a sequence number as documents do, with at least two digits ({@code 05}).
   *
   * @throws IllegalArgumentException if the number is negative or has more than nine digits
   */
  static String pad(int number) {
    checkArgument(number >= 0 && number <= 999_999_999, "number %s is out of range: use 0 to 999999999", number);
    return number < 10 ? "0" + number : Integer.toString(number);
  }

  /** Adds families to a system's in a scheme's builder, in the order given. */
  static void add(Map<BodySystem, ImmutableSet.Builder<NumberFamily>> families, BodySystem system,
      NumberFamily... numberFamilies) {
    ImmutableSet.Builder<NumberFamily> of = families.get(system);
    if (of == null) {
      of = ImmutableSet.builder();
      families.put(system, of);
    }
    of.addAll(Arrays.asList(numberFamilies));
  }

  /** The families of each system, as a scheme keeps them. */
  static ImmutableMap<BodySystem, ImmutableSet<NumberFamily>> built(
      Map<BodySystem, ImmutableSet.Builder<NumberFamily>> families) {
    ImmutableMap.Builder<BodySystem, ImmutableSet<NumberFamily>> bySystem = ImmutableMap.builder();
    for (Map.Entry<BodySystem, ImmutableSet.Builder<NumberFamily>> entry : families.entrySet()) {
      bySystem.put(entry.getKey(), entry.getValue().build());
    }
    return bySystem.build();
  }

  /** Whether an issuer abbreviation stands for bodies of the Party only (and for some body at all). */
  static boolean standsOnlyForParty(IssuerAbbreviation issuer) {
    for (BodyKind kind : issuer.kinds()) {
      if (kind.system() != BodySystem.PARTY) {
        return false;
      }
    }
    return !issuer.kinds().isEmpty();
  }

  NumberingTables(IssuerAbbreviations issuers, ImmutableList<TypeAbbreviation> types) {
    for (NumberFamily family : NumberFamily.values()) {
      Map<String, TypeAbbreviation> byCode = new LinkedHashMap<>();
      for (TypeAbbreviation entry : types) {
        if (entry.family() == family && entry.code().isPresent()) {
          byCode.put(entry.code().get(), entry);
        }
      }
      typeTables.put(family, CodeTable.of(byCode));
    }
    Map<String, IssuerAbbreviation> byCode = new LinkedHashMap<>();
    for (IssuerAbbreviation issuer : issuers.entries()) {
      byCode.put(issuer.code(), issuer);
    }
    this.issuerTable = CodeTable.of(byCode);
    this.issuers = issuers;
    this.types = types;
  }

  /** The first legal entry without a type code for a kind the issuer stands for ({@code QH} for a law). */
  Optional<TypeAbbreviation> untypedEntry(IssuerAbbreviation issuer) {
    return types.stream()
        .filter(t -> t.family() == NumberFamily.LEGAL_NORMATIVE && t.code().isEmpty()
            && !Sets.intersection(t.issuerKinds(), issuer.kinds()).isEmpty())
        .findFirst();
  }

  /**
   * The types each issuer's legal numbers without a type code imply: built when such a number is first read (every
   * issuer against every entry), not with the scheme.
   */
  private static CodeTable<ImmutableSet<DocumentType>> untypedTable(IssuerAbbreviations issuers,
      ImmutableList<TypeAbbreviation> types) {
    Map<String, ImmutableSet<DocumentType>> implied = new LinkedHashMap<>();
    for (IssuerAbbreviation issuer : issuers.entries()) {
      ImmutableSet.Builder<DocumentType> untypedTypes = ImmutableSet.builder();
      for (TypeAbbreviation entry : types) {
        if (entry.code().isEmpty() && !Sets.intersection(entry.issuerKinds(), issuer.kinds()).isEmpty()) {
          untypedTypes.addAll(entry.types());
        }
      }
      implied.put(issuer.code(), untypedTypes.build());
    }
    return CodeTable.of(implied);
  }

  CodeTable<TypeAbbreviation> typeTable(NumberFamily family) {
    return typeTables.get(family);
  }

  CodeTable<IssuerAbbreviation> issuerTable() {
    return issuerTable;
  }

  /** The types a legal number of this issuer without a type code stands for ({@code 113/2025/QH15}). */
  ImmutableSet<DocumentType> untypedTypes(IssuerAbbreviation issuer) {
    CodeTable<ImmutableSet<DocumentType>> table = untyped.get();
    if (table == null) {
      // Two threads may both build it; the tables they build are equal, and the first one set is kept.
      untyped.compareAndSet(null, untypedTable(issuers, this.types));
      table = untyped.get();
    }
    ImmutableSet<DocumentType> types = table.get(issuer.code());
    return types == null ? ImmutableSet.of() : types;
  }

  ImmutableSet<DocumentType> letterTypes() {
    return LETTER;
  }

  /**
   * Returns the number a factory made, checking that its text reads back as the parts it was made from (a State
   * symbol whose type and issuer the tables both lack reads back as a letter).
   */
  static DocumentNumber readBack(ParseResult<DocumentNumber> result, NumberFamily family, String text,
      String typeCode, String issuerCode) {
    checkNotNull(issuerCode, "issuer code is null");
    checkArgument(result.isSuccess(), "the parts make \"%s\", which is not a document number: %s", text,
        result.isSuccess() ? "" : result.problem().get().description().en());
    DocumentNumber n = result.get();
    String issuerWritten = n.issuerCode() + (n.term().isPresent() ? n.term().getAsInt() : "");
    boolean same = n.family() == family
        && CodeTable.foldCase(issuerWritten).equals(CodeTable.foldCase(issuerCode))
        && (typeCode == null
            ? n.typeCode().isEmpty()
            : n.typeCode().map(c -> CodeTable.foldCase(c).equals(CodeTable.foldCase(typeCode))).orElse(false));
    checkArgument(same, "\"%s\" reads back as a %s with type %s and issuer %s: add the abbreviations to the "
        + "tables so that the number is read as meant", text, n.family(), n.typeCode().orElse("(none)"),
        issuerWritten);
    return n;
  }
}
