package vn.danso.document;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danso.body.BodySystem;
import vn.danso.body.IssuerAbbreviations;
import vn.danso.internal.CodeTable;

/**
 * The numbering rules of Vietnamese documents as data (quy tắc đánh số, ký hiệu văn bản): per {@linkplain NumberFamily
 * family}, the table of type abbreviations; the table of issuer abbreviations; which families each
 * {@linkplain BodySystem system} of bodies numbers in. One engine reads and checks every number against these
 * tables, as libphonenumber does with its metadata; integrators extend them for their own documents.
 *
 * <pre>{@code
 * NumberingScheme ours = NumberingScheme.standard().toBuilder()
 *     .issuers(IssuerAbbreviations.standard().with(sytEntry))
 *     .addType(TypeAbbreviation.builder().family(NumberFamily.PARTY).code("QĐi")
 *         .addTypes(DocumentType.REGULATION).certainty(Certainty.USER).source("our register").build())
 *     .build();
 * DocumentNumber n = ours.parse("12/KH-SYT");
 * }</pre>
 *
 * <h2>What the reader accepts</h2>
 * Anything real documents and data entry produce: a leading "Số", "Số:", "số" or "So"; letters in NFD, {@code Ð}
 * (U+00D0) for {@code Đ}; en and em dashes, minus signs and other dashes for {@code -}; full-width and division
 * slashes for {@code /}; spaces around separators; any case ({@code "21-nq/tw"}). Codes the tables know take their
 * canonical spelling ({@code "ctr"} → {@code CTr}, {@code "ttg"} → {@code TTg}); others are upper-cased. It rejects,
 * with the index of the first character it cannot read, everything else: a missing part, a stray character, text
 * after the number.
 *
 * <h2>How a State symbol is told apart</h2>
 * {@code 94/KH-UBND} starts with a type abbreviation, {@code 7257/BYT-TCDS} (a letter, công văn) with an issuer.
 * The first group is a type if the State table knows it; otherwise the number is a letter, unless the first group
 * is no known issuer and the second is one ({@code 12/XYZ-UBND}: a type the table does not know).
 *
 * <p>Immutable and thread-safe.
 */
public final class NumberingScheme {
  private static final NumberingScheme STANDARD = builder()
      .issuers(IssuerAbbreviations.standard())
      .addTypes(StandardTypes.ENTRIES)
      .families(BodySystem.PARTY, NumberFamily.PARTY)
      .families(BodySystem.STATE, NumberFamily.STATE_ADMINISTRATIVE, NumberFamily.LEGAL_NORMATIVE)
      .families(BodySystem.POPULATION_SECTOR, NumberFamily.STATE_ADMINISTRATIVE)
      .families(BodySystem.INTER_SECTOR, NumberFamily.STATE_ADMINISTRATIVE)
      .families(BodySystem.MASS_ORGANISATION, NumberFamily.PARTY, NumberFamily.STATE_ADMINISTRATIVE)
      .complete(NumberFamily.STATE_ADMINISTRATIVE, true)
      .build();

  private final IssuerAbbreviations issuers;
  private final ImmutableList<TypeAbbreviation> types;
  private final ImmutableMap<BodySystem, ImmutableSet<NumberFamily>> families;
  private final ImmutableSet<NumberFamily> complete;
  private final NumberingTables tables;

  private NumberingScheme(Builder builder) {
    this.issuers = builder.issuers;
    this.types = ImmutableList.copyOf(builder.types.values());
    this.families = NumberingTables.built(builder.families);
    this.complete = Sets.immutableEnumSet(builder.complete);
    this.tables = new NumberingTables(issuers, types);
  }

  /**
   * Returns the built-in rules: the type tables of {@code StandardTypes} (Nghị định 30/2020/NĐ-CP Phụ lục III for the
   * State; the forms seen in use for the Party; Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15 (from 01/4/2025;
   * the 2015 law before it) and observed forms for legal normative documents), {@link IssuerAbbreviations#standard()},
   * Party bodies numbering as the Party, State, population-sector and inter-sector bodies as the State. Mass
   * organisations are allowed both forms: their own rules are not established in danso's sources. Only the State
   * table is complete (an unknown State type abbreviation is an error; an unknown Party or legal one, like an unknown
   * issuer, is information).
   *
   * @return the standard rules
   */
  public static NumberingScheme standard() {
    return STANDARD;
  }

  /**
   * Returns an empty builder.
   *
   * @return a builder with no tables
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these rules, to extend them.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder().issuers(issuers).addTypes(types);
    for (Map.Entry<BodySystem, ImmutableSet<NumberFamily>> entry : families.entrySet()) {
      builder.families(entry.getKey(), entry.getValue().toArray(new NumberFamily[0]));
    }
    builder.complete.addAll(complete);
    return builder;
  }

  /**
   * Reads a document number.
   *
   * @param text the number as typed
   * @return the number
   * @throws DocumentParseException if the text is not a document number
   */
  public DocumentNumber parse(CharSequence text) {
    return NumberParser.parse(this, checkNotNull(text, "text is null"));
  }

  /**
   * Reads a document number without throwing.
   *
   * @param text the number as typed
   * @return the number, or why and where it could not be read
   */
  public ParseResult<DocumentNumber> tryParse(CharSequence text) {
    return NumberParser.tryParse(this, checkNotNull(text, "text is null"));
  }

  /**
   * Returns a Party number; see {@link DocumentNumber#party}.
   *
   * @param number the sequence number, at least 0
   * @param typeCode the type abbreviation
   * @param issuerCode the issuer abbreviation
   * @return the number
   * @throws IllegalArgumentException if the parts do not make a number that reads back the same
   */
  public DocumentNumber party(int number, String typeCode, String issuerCode) {
    return make(NumberFamily.PARTY, NumberingTables.pad(number) + "-" + typeCode + "/" + issuerCode, typeCode, issuerCode);
  }

  /**
   * Returns a State administrative number with a type; see {@link DocumentNumber#state}.
   *
   * @param number the sequence number, at least 0
   * @param typeCode the type abbreviation
   * @param issuerCode the issuer abbreviation
   * @return the number
   * @throws IllegalArgumentException if the parts do not make a number that reads back the same
   */
  public DocumentNumber state(int number, String typeCode, String issuerCode) {
    return make(NumberFamily.STATE_ADMINISTRATIVE, NumberingTables.pad(number) + "/" + typeCode + "-" + issuerCode, typeCode,
        issuerCode);
  }

  /**
   * Returns the number of a State letter (công văn): {@code letter(7257, "BYT", "TCDS")} is {@code 7257/BYT-TCDS}.
   *
   * @param number the sequence number, at least 0
   * @param issuerCode the issuer abbreviation
   * @param units the abbreviations that follow (drafting unit), possibly none
   * @return the number
   * @throws IllegalArgumentException if the parts do not make a number that reads back the same
   */
  public DocumentNumber letter(int number, String issuerCode, String... units) {
    StringBuilder text = new StringBuilder(NumberingTables.pad(number)).append('/').append(issuerCode);
    for (String unit : checkNotNull(units, "units is null")) {
      text.append('-').append(checkNotNull(unit, "a unit is null"));
    }
    return make(NumberFamily.STATE_ADMINISTRATIVE, text.toString(), null, issuerCode);
  }

  /**
   * Returns a legal normative number; see {@link DocumentNumber#legal}.
   *
   * @param number the sequence number, at least 0
   * @param year the year of issue, four digits
   * @param typeCode the type abbreviation, or null for numbers without one ({@code 113/2025/QH15})
   * @param issuerCode the issuer abbreviation, with the legislature number where it takes one
   * @return the number
   * @throws IllegalArgumentException if the parts do not make a number that reads back the same
   */
  public DocumentNumber legal(int number, int year, String typeCode, String issuerCode) {
    String symbol = typeCode == null ? issuerCode : typeCode + "-" + issuerCode;
    return make(NumberFamily.LEGAL_NORMATIVE, NumberingTables.pad(number) + "/" + year + "/" + symbol, typeCode, issuerCode);
  }

  /**
   * Returns the Party number that a number written in the State shape stands for: {@code 21/NQ-TW} is
   * {@code 21-NQ/TW}. A State administrative number whose issuer abbreviation stands only for Party bodies and whose
   * type the Party table knows is read that way; the text then needs a warning, not a broken link.
   *
   * @param number a number as read
   * @return the Party number, or empty when the number is not a Party number in the State shape
   */
  public Optional<DocumentNumber> partyFormOf(DocumentNumber number) {
    return OtherShapes.partyFormOf(this, number);
  }

  /**
   * Returns the State number that a number written in the Party shape stands for: {@code 12-KH/UBND} is
   * {@code 12/KH-UBND}. The reverse of {@link #partyFormOf}: a Party number whose issuer abbreviation stands only for
   * bodies that do not number in the Party form (the People's Committee, a department) and whose type the State table
   * knows is read that way.
   *
   * @param number a number as read
   * @return the State number, or empty when the number is not a State number in the Party shape
   */
  public Optional<DocumentNumber> stateFormOf(DocumentNumber number) {
    return OtherShapes.stateFormOf(this, number);
  }

  private DocumentNumber make(NumberFamily family, String text, String typeCode, String issuerCode) {
    return NumberingTables.readBack(tryParse(text), family, text, typeCode, issuerCode);
  }

  /**
   * Returns the issuer abbreviation table.
   *
   * @return the issuers
   */
  public IssuerAbbreviations issuers() {
    return issuers;
  }

  /**
   * Returns the type abbreviation table of a family.
   *
   * @param family the family
   * @return its entries, in the order added
   */
  public ImmutableList<TypeAbbreviation> typeAbbreviations(NumberFamily family) {
    checkNotNull(family, "family is null");
    return types.stream().filter(t -> t.family() == family).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the entry of a type abbreviation in a family, ignoring case.
   *
   * @param family the family
   * @param code the abbreviation
   * @return the entry, or empty when the table does not know it
   */
  public Optional<TypeAbbreviation> typeAbbreviation(NumberFamily family, CharSequence code) {
    return Optional.ofNullable(tables.typeTable(checkNotNull(family, "family is null"))
        .get(checkNotNull(code, "code is null")));
  }

  /**
   * Returns the table entry that gives a number its types: the entry of its type code, or for a legal number
   * without a type code ({@code 113/2025/QH15}) the entry for its issuer.
   *
   * @param number the number
   * @return the entry, or empty for letters and unknown codes
   */
  public Optional<TypeAbbreviation> typeAbbreviationOf(DocumentNumber number) {
    checkNotNull(number, "number is null");
    if (number.typeCode().isPresent()) {
      return typeAbbreviation(number.family(), number.typeCode().get());
    }
    return number.family() != NumberFamily.LEGAL_NORMATIVE ? Optional.empty()
        : issuers.find(number.issuerCode()).flatMap(tables::untypedEntry);
  }

  /**
   * Returns the abbreviations a family writes for a type: {@code QyĐ} for a State Quy định, {@code QĐ} for a Party
   * one.
   *
   * @param family the family
   * @param type the type
   * @return the codes, possibly empty
   */
  public ImmutableSet<String> codesFor(NumberFamily family, DocumentType type) {
    checkNotNull(family, "family is null");
    checkNotNull(type, "type is null");
    return types.stream().filter(e -> e.family() == family && e.types().contains(type)).flatMap(e -> e.code().stream())
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the families bodies of a system number their documents in.
   *
   * @param system the system
   * @return the families, possibly empty
   */
  public ImmutableSet<NumberFamily> families(BodySystem system) {
    return families.getOrDefault(checkNotNull(system, "system is null"), ImmutableSet.of());
  }

  /**
   * Returns true if the family's type table lists every type abbreviation the rule allows, so that an unknown one
   * is an error rather than a gap in the table.
   *
   * @param family the family
   * @return whether the table is complete
   */
  public boolean isComplete(NumberFamily family) {
    return complete.contains(checkNotNull(family, "family is null"));
  }

  NumberingTables tables() {
    return tables;
  }

  /** Builds {@link NumberingScheme}. Not thread-safe. */
  public static final class Builder {
    private IssuerAbbreviations issuers = IssuerAbbreviations.of(ImmutableList.of());
    private final Map<List<Object>, TypeAbbreviation> types = new LinkedHashMap<>();
    private final Map<BodySystem, ImmutableSet.Builder<NumberFamily>> families = new EnumMap<>(BodySystem.class);
    private final EnumSet<NumberFamily> complete = EnumSet.noneOf(NumberFamily.class);

    Builder() {}

    /**
     * Sets the issuer abbreviation table.
     *
     * @param issuers the table
     * @return this builder
     */
    public Builder issuers(IssuerAbbreviations issuers) {
      this.issuers = checkNotNull(issuers, "issuers is null");
      return this;
    }

    /**
     * Adds a type abbreviation; it replaces an entry of the same family and code (ignoring case), or for entries
     * without a code, of the same family and issuer kinds.
     *
     * @param entry the entry
     * @return this builder
     */
    public Builder addType(TypeAbbreviation entry) {
      checkNotNull(entry, "entry is null");
      // The issuer kinds are part of the key as a set, not as text: their text would run every kind's toString.
      List<Object> key = entry.code().isPresent()
          ? List.of(entry.family(), CodeTable.foldCase(entry.code().get()))
          : List.of(entry.family(), entry.issuerKinds());
      types.remove(key);
      types.put(key, entry);
      return this;
    }

    /**
     * Adds type abbreviations in order; see {@link #addType}.
     *
     * @param entries the entries
     * @return this builder
     */
    public Builder addTypes(Iterable<TypeAbbreviation> entries) {
      for (TypeAbbreviation entry : checkNotNull(entries, "entries is null")) {
        addType(entry);
      }
      return this;
    }

    /**
     * Adds families in which bodies of a system number their documents.
     *
     * @param system the system
     * @param numberFamilies the families
     * @return this builder
     */
    public Builder families(BodySystem system, NumberFamily... numberFamilies) {
      checkNotNull(system, "system is null");
      NumberingTables.add(families, system, numberFamilies);
      return this;
    }

    /**
     * Says whether a family's type table is complete (see {@link NumberingScheme#isComplete}).
     *
     * @param family the family
     * @param isComplete whether its table lists every abbreviation
     * @return this builder
     */
    public Builder complete(NumberFamily family, boolean isComplete) {
      checkNotNull(family, "family is null");
      if (isComplete) {
        complete.add(family);
      } else {
        complete.remove(family);
      }
      return this;
    }

    /**
     * Returns the rules.
     *
     * @return the rules
     */
    public NumberingScheme build() {
      return new NumberingScheme(this);
    }
  }
}
