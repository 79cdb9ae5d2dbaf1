package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.danso.text.Language;
import vn.danso.text.Localized;

/**
 * Where a definition, target or figure comes from (nguồn): a document, its date and the provision within it, such as
 * {@code Quyết định 1679/QĐ-TTg (22/11/2019), mục tiêu cụ thể 3}, or a statistical publication.
 *
 * <p>Written the Vietnamese way in both languages, since the documents cited are Vietnamese. Immutable; equal when
 * document, date and provision are equal.
 */
public final class Citation implements Localized {
  private final String document;
  private final LocalDate date;
  private final String provision;

  private Citation(String document, LocalDate date, String provision) {
    this.document = document;
    this.date = date;
    this.provision = provision;
  }

  /**
   * Returns a citation of a document or publication as a whole.
   *
   * @param document e.g. {@code "Nghị quyết 21-NQ/TW"} or {@code "Tổng cục Thống kê, thông cáo báo chí 29/12/2023"}
   * @return the citation
   * @throws IllegalArgumentException if the document is blank
   */
  public static Citation of(String document) {
    return new Citation(checkText(document, "document"), null, null);
  }

  /**
   * Returns a citation of a dated document.
   *
   * @param document the document's number and type, e.g. {@code "Quyết định 1679/QĐ-TTg"}
   * @param date the date it was issued
   * @return the citation
   * @throws IllegalArgumentException if the document is blank
   */
  public static Citation of(String document, LocalDate date) {
    return new Citation(checkText(document, "document"), checkNotNull(date, "date is null"), null);
  }

  /**
   * Returns a citation of a provision of a dated document.
   *
   * @param document the document's number and type
   * @param date the date it was issued
   * @param provision the part cited, e.g. {@code "mục tiêu cụ thể 3"}
   * @return the citation
   * @throws IllegalArgumentException if the document or the provision is blank
   */
  public static Citation of(String document, LocalDate date, String provision) {
    return new Citation(
        checkText(document, "document"), checkNotNull(date, "date is null"), checkText(provision, "provision"));
  }

  private static String checkText(String text, String what) {
    checkNotNull(text, "%s is null", what);
    checkArgument(!text.isBlank(), "%s is blank: name it, or leave it out", what);
    return text.strip();
  }

  /**
   * Returns this citation narrowed to a provision of the same document.
   *
   * @param provision the part cited
   * @return the narrower citation
   * @throws IllegalArgumentException if {@code provision} is blank
   */
  public Citation at(String provision) {
    return new Citation(document, date, checkText(provision, "provision"));
  }

  /**
   * Returns the document or publication.
   *
   * @return the document
   */
  public String document() {
    return document;
  }

  /**
   * Returns the date of the document.
   *
   * @return the date, or empty when not given
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Returns the provision cited.
   *
   * @return the provision, or empty for the whole document
   */
  public Optional<String> provision() {
    return Optional.ofNullable(provision);
  }

  /** Returns the citation as text, the same in both languages. */
  @Override
  public String label(Language language) {
    return toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Citation)) {
      return false;
    }
    Citation that = (Citation) o;
    return document.equals(that.document) && Objects.equals(date, that.date)
        && Objects.equals(provision, that.provision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, date, provision);
  }

  /** Returns e.g. {@code "Quyết định 1679/QĐ-TTg (22/11/2019), mục tiêu cụ thể 3"}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(document);
    if (date != null) {
      out.append(String.format(" (%02d/%02d/%04d)", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
    }
    if (provision != null) {
      out.append(", ").append(provision);
    }
    return out.toString();
  }
}
