package vn.danso.document;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.danso.text.VietnameseText;

/**
 * A catalogue of known documents (danh mục văn bản): what a reference that gives only a title ("Chiến lược Dân số
 * Việt Nam đến năm 2030"), or a number without its date, is resolved against. The {@linkplain #national() national
 * catalogue} holds {@link NationalDocuments}; an integrator adds the documents of their own province with
 * {@link #with}.
 *
 * <p>Titles are compared after Unicode normalisation, ignoring case. Immutable and thread-safe.
 */
public final class DocumentCatalogue {
  private static final DocumentCatalogue NATIONAL = of(NationalDocuments.all());
  private static final DocumentCatalogue EMPTY = of(ImmutableList.of());

  private final ImmutableList<KnownDocument> entries;
  private final ImmutableListMultimap<DocumentNumber, KnownDocument> byNumber;
  /** Titles in lower case, longest first, with their documents. */
  private final String[] titles;
  private final KnownDocument[] titled;

  private DocumentCatalogue(ImmutableList<KnownDocument> entries) {
    this.entries = entries;
    ImmutableListMultimap.Builder<DocumentNumber, KnownDocument> numbers = ImmutableListMultimap.builder();
    List<Object[]> pairs = new ArrayList<>();
    for (KnownDocument entry : entries) {
      numbers.put(entry.document().number(), entry);
      for (String title : entry.titles()) {
        pairs.add(new Object[] {key(title), entry});
      }
    }
    pairs.sort(Comparator.comparingInt((Object[] p) -> -((String) p[0]).length()));
    this.byNumber = numbers.build();
    this.titles = pairs.stream().map(p -> (String) p[0]).toArray(String[]::new);
    this.titled = pairs.stream().map(p -> (KnownDocument) p[1]).toArray(KnownDocument[]::new);
  }

  /**
   * Returns the catalogue of the national documents of population work.
   *
   * @return the national catalogue
   */
  public static DocumentCatalogue national() {
    return NATIONAL;
  }

  /**
   * Returns a catalogue that knows no document: every title-only reference stays unresolved.
   *
   * @return the empty catalogue
   */
  public static DocumentCatalogue empty() {
    return EMPTY;
  }

  /**
   * Returns a catalogue of the given documents.
   *
   * @param entries the documents
   * @return the catalogue
   */
  public static DocumentCatalogue of(Iterable<KnownDocument> entries) {
    checkNotNull(entries, "entries is null");
    return new DocumentCatalogue(ImmutableList.copyOf(entries));
  }

  /**
   * Returns this catalogue with further documents.
   *
   * @param added the documents to add
   * @return the extended catalogue
   */
  public DocumentCatalogue with(KnownDocument... added) {
    return of(ImmutableList.<KnownDocument>builder().addAll(entries).addAll(Arrays.asList(added)).build());
  }

  /**
   * Returns every document, in the order given.
   *
   * @return the documents
   */
  public ImmutableList<KnownDocument> entries() {
    return entries;
  }

  /**
   * Returns the documents with the number: one, or several where a number is reused (Party numbers restart every
   * term, State numbers every year).
   *
   * @param number the number
   * @return the documents, possibly empty
   */
  public ImmutableList<KnownDocument> find(DocumentNumber number) {
    return byNumber.get(checkNotNull(number, "number is null"));
  }

  /**
   * Returns the document a title names, e.g. {@code "Chiến lược Dân số Việt Nam đến năm 2030"}.
   *
   * @param title the title, in any case and Unicode form
   * @return the document, or empty when no title of the catalogue is exactly this one
   */
  public Optional<KnownDocument> findByTitle(CharSequence title) {
    String key = key(checkNotNull(title, "title is null").toString().trim());
    for (int i = 0; i < titles.length; i++) {
      if (titles[i].equals(key)) {
        return Optional.of(titled[i]);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the index of the longest title that the text starts with at {@code from}, ignoring case, or -1. The text
   * must be in NFC; a title must end at a word boundary.
   */
  int titleAt(char[] text, int from, int end) {
    char first = Character.toLowerCase(text[from]);
    for (int t = 0; t < titles.length; t++) {
      String title = titles[t];
      if (title.isEmpty() || title.charAt(0) != first) {
        continue;
      }
      int stop = from + title.length();
      if (stop > end || (stop < end && Character.isLetterOrDigit(text[stop]))) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < title.length() && same; k++) {
        same = Character.toLowerCase(text[from + k]) == title.charAt(k);
      }
      if (same) {
        return t;
      }
    }
    return -1;
  }

  /** Returns the length of the title at the index {@link #titleAt} returned. */
  int titleLength(int index) {
    return titles[index].length();
  }

  /** Returns the document of the title at the index {@link #titleAt} returned. */
  KnownDocument titled(int index) {
    return titled[index];
  }

  private static String key(String title) {
    return VietnameseText.normalize(title).toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentCatalogue && entries.equals(((DocumentCatalogue) o).entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "DocumentCatalogue" + entries.stream().map(e -> e.document().number().format()).toList();
  }
}
