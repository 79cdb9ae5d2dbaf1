package vn.danso.body;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.danso.internal.CodeTable;

/**
 * The issuer abbreviation table (bảng tên viết tắt cơ quan ban hành): which abbreviation in a document symbol
 * stands for which kinds of body. Data, not code: an integrator extends it with {@link #with} for the bodies of
 * their own province, as libphonenumber users add metadata.
 *
 * <p>The {@linkplain #standard() built-in table} holds the abbreviations of danso's sources, each with its
 * {@linkplain Certainty certainty} and source. The official abbreviation table of Hướng dẫn 36-HD/VPTW was not
 * available, so every Party abbreviation here is {@linkplain Certainty#OBSERVED observed} usage, not a rule.
 *
 * <p>Lookups ignore case ({@code "ttg"} finds {@code TTg}). Immutable and thread-safe.
 */
public final class IssuerAbbreviations {
  private static final IssuerAbbreviations STANDARD = of(StandardIssuers.ENTRIES);

  private final ImmutableList<IssuerAbbreviation> entries;
  private final CodeTable<IssuerAbbreviation> table;

  private IssuerAbbreviations(ImmutableList<IssuerAbbreviation> entries) {
    this.entries = entries;
    Map<String, IssuerAbbreviation> byCode = new LinkedHashMap<>();
    for (IssuerAbbreviation entry : entries) {
      byCode.put(entry.code(), entry);
    }
    this.table = CodeTable.of(byCode);
  }

  /**
   * Returns the built-in table.
   *
   * @return the standard issuer abbreviations
   */
  public static IssuerAbbreviations standard() {
    return STANDARD;
  }

  /**
   * Returns a table of the given entries; an entry replaces an earlier one whose code differs only in case.
   *
   * @param entries the entries
   * @return the table
   */
  public static IssuerAbbreviations of(Iterable<IssuerAbbreviation> entries) {
    checkNotNull(entries, "entries is null");
    Map<String, IssuerAbbreviation> byKey = new LinkedHashMap<>();
    for (IssuerAbbreviation entry : entries) {
      checkNotNull(entry, "an entry is null");
      byKey.remove(key(entry.code()));
      byKey.put(key(entry.code()), entry);
    }
    return new IssuerAbbreviations(ImmutableList.copyOf(byKey.values()));
  }

  /**
   * Returns this table extended by the given entries, which replace entries of the same code.
   *
   * @param added the entries to add
   * @return the extended table
   */
  public IssuerAbbreviations with(IssuerAbbreviation... added) {
    return of(ImmutableList.<IssuerAbbreviation>builder().addAll(entries).addAll(Arrays.asList(added)).build());
  }

  /**
   * Returns every entry, in the order added.
   *
   * @return the entries
   */
  public ImmutableList<IssuerAbbreviation> entries() {
    return entries;
  }

  /**
   * Returns the entry of the abbreviation, ignoring case.
   *
   * @param code the abbreviation, without any term number
   * @return the entry, or empty when the table does not know it
   */
  public Optional<IssuerAbbreviation> find(CharSequence code) {
    return Optional.ofNullable(table.get(checkNotNull(code, "code is null")));
  }

  /**
   * Returns the abbreviations the table gives for bodies of the kind.
   *
   * @param kind the kind
   * @return the codes, possibly empty
   */
  public ImmutableSet<String> codesFor(BodyKind kind) {
    checkNotNull(kind, "kind is null");
    ImmutableSet.Builder<String> codes = ImmutableSet.builder();
    for (IssuerAbbreviation entry : entries) {
      if (entry.kinds().contains(kind)) {
        codes.add(entry.code());
      }
    }
    return codes.build();
  }

  private static String key(String code) {
    return CodeTable.foldCase(code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IssuerAbbreviations && entries.equals(((IssuerAbbreviations) o).entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /** Returns the codes of the table. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("IssuerAbbreviations[");
    for (int i = 0; i < entries.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(entries.get(i).code());
    }
    return out.append(']').toString();
  }
}
