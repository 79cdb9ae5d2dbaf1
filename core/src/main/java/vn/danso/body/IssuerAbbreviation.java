package vn.danso.body;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import vn.danso.internal.CodeTable;
import vn.danso.internal.DansoStyle;
import vn.danso.text.LocalizedText;

/**
 * One entry of the issuer abbreviation table (tên viết tắt cơ quan ban hành): the abbreviation as documents write
 * it ({@code TU}, {@code ĐUK}, {@code UBND}, {@code TTg}), the kinds of body that use it, whether it is followed by
 * a term number ({@code QH15}), and how danso knows it.
 *
 * <pre>{@code
 * IssuerAbbreviation syt = IssuerAbbreviation.builder()
 *     .code("SYT")
 *     .name("Sở Y tế", "provincial Department of Health")
 *     .addKinds(BodyKinds.PROVINCIAL_DEPARTMENT)
 *     .certainty(Certainty.USER)
 *     .source("our province's register of documents")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DansoStyle
public abstract class IssuerAbbreviation {
  IssuerAbbreviation() {}

  /**
   * Returns the abbreviation in its canonical spelling, e.g. {@code "TTg"} or {@code "ĐUK"}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns what the abbreviation stands for, in Vietnamese and English.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * Returns the kinds of body that write this abbreviation.
   *
   * @return the kinds, never empty
   */
  public abstract ImmutableSet<BodyKind> kinds();

  /**
   * Returns true if the abbreviation is followed by the number of the legislature's term, as {@code QH15} and
   * {@code UBTVQH15} are (Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15, Điều 7 khoản 3, from
   * 01/4/2025; before it the 2015 law, Điều 10).
   *
   * @return whether a term number follows
   */
  @Value.Default
  public boolean termNumbered() {
    return false;
  }

  /**
   * Returns how danso knows the abbreviation.
   *
   * @return the certainty
   */
  public abstract Certainty certainty();

  /**
   * Returns where the abbreviation is from: the rule, or the real numbers it was seen in.
   *
   * @return the source
   */
  public abstract String source();

  @Value.Check
  void check() {
    checkState(CodeTable.isLetters(code()),
        "issuer abbreviation \"%s\" must be letters only (a term number, as in QH15, is not part of the code)",
        code());
    checkState(!kinds().isEmpty(), "issuer abbreviation %s has no kind: add the kinds of body that use it", code());
    checkState(!source().isBlank(), "issuer abbreviation %s has a blank source: say where it is from", code());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of table entries
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IssuerAbbreviation}; code, name, kinds, certainty and source are required. */
  public static final class Builder extends ImmutableIssuerAbbreviation.Builder {
    Builder() {}

    /**
     * Sets the name.
     *
     * @param vi what the abbreviation stands for, in Vietnamese
     * @param en in English
     * @return this builder
     */
    public Builder name(String vi, String en) {
      return name(LocalizedText.of(vi, en));
    }
  }
}
