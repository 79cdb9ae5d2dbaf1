package vn.danso.document;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;
import vn.danso.text.VietnameseText;

/**
 * A numbered section of a document's body (phần, mục): "I. Mục đích, yêu cầu", "II. Nội dung thực hiện",
 * "III. Tổ chức thực hiện", with its paragraphs and numbered subsections ("1. Tăng cường sự lãnh đạo…").
 *
 * <pre>{@code
 * Section organisation = Section.builder()
 *     .numeral("III")
 *     .title("Tổ chức thực hiện")
 *     .addSubsections(Section.builder().numeral("1").title("Cấp ủy các tổ chức cơ sở đảng trực thuộc…").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DansoStyle
public abstract class Section {
  Section() {}

  /**
   * Returns the section's numeral as written: {@code "I"}, {@code "2"}, {@code "a"}.
   *
   * @return the numeral
   */
  public abstract String numeral();

  /**
   * Returns the heading after the numeral, in sentence case as typed ("Mục đích, yêu cầu").
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the section's own paragraphs, before any subsection.
   *
   * @return the paragraphs
   */
  public abstract ImmutableList<String> paragraphs();

  /**
   * Returns the numbered subsections.
   *
   * @return the subsections
   */
  public abstract ImmutableList<Section> subsections();

  /**
   * Returns the heading as written: {@code "II. Nội dung thực hiện"}.
   *
   * @return the heading
   */
  public String heading() {
    return numeral() + ". " + title();
  }

  /**
   * Returns the direct subsection whose title matches, ignoring case, spacing and tone-mark style.
   *
   * @param title the title looked for
   * @return the subsection, or empty
   */
  public Optional<Section> subsection(String title) {
    String key = VietnameseText.matchKey(title);
    return subsections().stream().filter(s -> VietnameseText.matchKey(s.title()).equals(key)).findFirst();
  }

  @Value.Check
  void check() {
    checkState(!numeral().isBlank(), "section \"%s\" has a blank numeral", title());
    checkState(!title().isBlank(), "section %s has a blank title", numeral());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of sections
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Section}; numeral and title are required. Not thread-safe. */
  public static final class Builder extends ImmutableSection.Builder {
    Builder() {}
  }
}
