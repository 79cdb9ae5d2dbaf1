package vn.danso.document;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.body.BodyKind;
import vn.danso.body.Certainty;
import vn.danso.internal.CodeTable;
import vn.danso.internal.DansoStyle;

/**
 * One entry of a document-type abbreviation table (bảng chữ viết tắt tên loại văn bản): in a family of numbers, the
 * abbreviation ({@code KH}, {@code CTr}, {@code QyĐ}), the types it stands for, which kinds of body may issue them,
 * and how danso knows it.
 *
 * <p>An abbreviation usually stands for one type. The Party's {@code QĐ} stands for two (Quyết định and Quy định:
 * 97-QĐ/TW is a Quy định), which only the document itself tells apart. A legal normative number of the National
 * Assembly carries no type at all ({@code 113/2025/QH15} is a law, {@code 202/2025/QH15} a resolution): such an
 * entry has no {@linkplain #code() code} and names the issuers it applies to.
 */
@Value.Immutable
@DansoStyle
public abstract class TypeAbbreviation {
  TypeAbbreviation() {}

  /**
   * Returns the family of numbers whose table this entry belongs to.
   *
   * @return the family
   */
  public abstract NumberFamily family();

  /**
   * Returns the abbreviation in its canonical spelling ({@code "CTr"}, {@code "QyĐ"}).
   *
   * @return the code, or empty for numbers that carry no type abbreviation ({@code 113/2025/QH15})
   */
  public abstract Optional<String> code();

  /**
   * Returns the types the abbreviation stands for.
   *
   * @return the types, never empty
   */
  public abstract ImmutableSet<DocumentType> types();

  /**
   * Returns the kinds of body that issue documents of this type in this family, where the rule limits them: only the
   * Government issues a Nghị định ({@code NĐ-CP}).
   *
   * @return the kinds, or empty when any body may
   */
  public abstract ImmutableSet<BodyKind> issuerKinds();

  /**
   * Returns how danso knows the entry.
   *
   * @return the certainty
   */
  public abstract Certainty certainty();

  /**
   * Returns where the entry is from: the rule, or the real numbers it was seen in.
   *
   * @return the source
   */
  public abstract String source();

  @Value.Check
  void check() {
    checkState(!types().isEmpty(), "type abbreviation %s has no type: add the types it stands for",
        code().orElse("(none)"));
    checkState(code().isEmpty() || CodeTable.isLetters(code().get()),
        "type abbreviation \"%s\" must be letters only", code().orElse(""));
    checkState(code().isPresent() || !issuerKinds().isEmpty(),
        "an entry without a type abbreviation must name the issuers whose numbers carry none (e.g. the National "
            + "Assembly)");
    checkState(!source().isBlank(), "type abbreviation %s has a blank source: say where it is from",
        code().orElse("(none)"));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of table entries
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TypeAbbreviation}; family, types, certainty and source are required. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * TypeAbbreviation programme = TypeAbbreviation.builder()
   *     .family(NumberFamily.STATE_ADMINISTRATIVE)
   *     .code("CTr")                                          // chương trình
   *     .addTypes(DocumentType.PROGRAMME)
   *     .certainty(Certainty.OFFICIAL)
   *     .source("Nghị định 30/2020/NĐ-CP, Điều 9 và Phụ lục III, mục 9")
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableTypeAbbreviation.Builder {
    Builder() {}
  }
}
