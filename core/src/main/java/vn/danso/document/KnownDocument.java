package vn.danso.document;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/**
 * A document a catalogue knows (văn bản đã biết): the {@link Document} itself with the names texts cite it by when
 * they give no number ("Chiến lược Dân số Việt Nam đến năm 2030" for Quyết định 1679/QĐ-TTg, "Luật Dân số" for
 * 113/2025/QH15), the day it takes effect where that differs from its issue, and the source of every fact given.
 *
 * <p>Entries of {@link NationalDocuments} are built from public copies of the official texts; the source says which.
 * Immutable; compares by value.
 */
@Value.Immutable
@DansoStyle
public abstract class KnownDocument {
  KnownDocument() {}

  /**
   * Returns the document: number, type, issuer, date, subject line where established, and what it implements.
   *
   * @return the document
   */
  public abstract Document document();

  /**
   * Returns the names a text may cite the document by instead of its number, in the order given, e.g.
   * {@code "Chiến lược Dân số Việt Nam đến năm 2030"}. Matching ignores case and Unicode form.
   *
   * @return the names, possibly empty
   */
  public abstract ImmutableList<String> titles();

  /**
   * Returns the day the document takes effect, where the source gives one that differs from the issue date
   * (Luật Dân số 113/2025/QH15: in force 01/7/2026).
   *
   * @return the day, or empty
   */
  public abstract Optional<LocalDate> inForceFrom();

  /**
   * Returns a short description in English, for documents whose exact subject line is not established in the
   * sources (it is then not given as the document's subject line).
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns where the facts come from: the page or the official text read.
   *
   * @return the source
   */
  public abstract String source();

  @Value.Check
  void check() {
    checkState(!source().isBlank(), "document %s: give the source of the facts", document().number());
    for (String title : titles()) {
      checkState(!title.isBlank(), "document %s: a title is blank", document().number());
    }
    inForceFrom().ifPresent(day -> checkState(!day.isBefore(document().date()),
        "document %s: in force %s before its issue %s", document().number(), day, document().date()));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link KnownDocument}; the document and the source are required.
   *
   * <p>For example:
   *
   * <pre>{@code
   * KnownDocument strategy = KnownDocument.builder()
   *     .document(NationalDocuments.QD_1679.document())
   *     .addTitles("Chiến lược Dân số Việt Nam đến năm 2030")   // how texts cite it without its number
   *     .inForceFrom(LocalDate.of(2019, 11, 22))
   *     .source("vinanet.vn; news.gov.vn")                    // where each fact was read
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableKnownDocument.Builder {
    Builder() {}
  }
}
