package vn.danso.indicator;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;
import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * A data element (phần tử dữ liệu, chỉ tiêu đầu vào): a raw figure people collect or the statistics office estimates,
 * such as live births, deaths or the average population, from which indicators are computed.
 *
 * <p>An element says what kind of figure it is (a count that adds up, or an estimate that does not), its unit, the
 * {@linkplain Dimension dimensions} it is broken down by, and the reporting form it comes from where known (Thông tư
 * 01/2022/TT-BYT, Biểu 01-DSH for births, deaths and marriages). Names are optional in the model so that a catalogue
 * read from data can be checked: {@link IndicatorCatalogue#validate()} reports a missing one.
 *
 * <pre>{@code
 * DataElement births = DataElement.builder()
 *     .code("births")
 *     .name("Số trẻ sinh ra sống", "Live births")
 *     .kind(ElementKind.COUNT)
 *     .unit(UnitOfMeasure.PERSONS)
 *     .addDimensions(Dimension.SEX, Dimension.AGE_GROUP)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DansoStyle
public abstract class DataElement implements Localized {
  DataElement() {}

  /**
   * Returns the element's code.
   *
   * @return the code
   */
  public abstract ElementCode code();

  /**
   * Returns the Vietnamese name.
   *
   * @return the name, or empty when missing
   */
  public abstract Optional<String> nameVi();

  /**
   * Returns the English name.
   *
   * @return the name, or empty when missing
   */
  public abstract Optional<String> nameEn();

  /**
   * Returns what kind of figure this is: a count or an estimate.
   *
   * @return the kind
   */
  public abstract ElementKind kind();

  /**
   * Returns the unit values are given in.
   *
   * @return the unit
   */
  public abstract UnitOfMeasure unit();

  /**
   * Returns the dimensions values may be broken down by.
   *
   * @return the dimensions; empty when only the total is collected
   */
  public abstract ImmutableSet<Dimension> dimensions();

  /**
   * Returns the reporting form (biểu mẫu báo cáo) the element is collected on, where known.
   *
   * @return the form, or empty
   */
  public abstract Optional<Citation> form();

  /**
   * Returns a note on how the element is counted, such as whose age the age group is.
   *
   * @return the note, or empty
   */
  public abstract Optional<LocalizedText> note();

  /**
   * Returns true if a value may be broken down as the disaggregation says.
   *
   * @param disaggregation the disaggregation
   * @return whether every dimension of it is one of this element's
   */
  public boolean accepts(Disaggregation disaggregation) {
    return dimensions().containsAll(disaggregation.dimensions());
  }

  /** Returns the name in the language, else in the other language, else the code. */
  @Override
  public String label(Language language) {
    return Names.label(nameVi(), nameEn(), code().value(), language);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of data elements
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataElement}; code, kind and unit are required. Not thread-safe. */
  public static final class Builder extends ImmutableDataElement.Builder {
    Builder() {}

    /**
     * Sets the code from its text.
     *
     * @param code e.g. {@code "births"}
     * @return this builder
     */
    public Builder code(String code) {
      return code(ElementCode.of(code));
    }

    /**
     * Sets both names.
     *
     * @param vi the Vietnamese name
     * @param en the English name
     * @return this builder
     */
    public Builder name(String vi, String en) {
      return nameVi(vi).nameEn(en);
    }
  }
}
