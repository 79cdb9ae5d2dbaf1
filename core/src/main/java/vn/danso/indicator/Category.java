package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import vn.danso.text.Localized;

/**
 * One category of a {@linkplain Dimension dimension} (nhóm phân tổ): a sex, an age group, a residence or a region.
 *
 * <p>Every category has a short code that is unique across all dimensions ({@code male}, {@code female},
 * {@code urban}, {@code rural}, {@code 15-19}, {@code 65+}), so a {@link Disaggregation} can be written as a plain
 * list of codes.
 */
public sealed interface Category extends Localized permits Sex, Residence, AgeGroup, Region {
  /**
   * Returns the dimension this category belongs to.
   *
   * @return the dimension
   */
  Dimension dimension();

  /**
   * Returns the category's code.
   *
   * @return e.g. {@code "female"} or {@code "15-19"}
   */
  String code();

  /**
   * Reads a category from its code.
   *
   * @param code {@code male}, {@code female}, {@code urban}, {@code rural}, a region such as
   *     {@code mekong-river-delta}, or an age group such as {@code 15-19} or {@code 65+}
   * @return the category
   * @throws IllegalArgumentException if the code is not a category code
   */
  static Category of(String code) {
    checkNotNull(code, "category code is null");
    Optional<Category> category = tryParse(code);
    checkArgument(
        category.isPresent(),
        "\"%s\" is not a category: use male, female, urban, rural, a region such as mekong-river-delta, or an age "
            + "group such as 15-19 or 65+",
        code);
    return category.get();
  }

  /**
   * Reads a category from its code without throwing.
   *
   * @param code the code, may be null
   * @return the category, or empty
   */
  static Optional<Category> tryParse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Sex sex : Sex.values()) {
      if (sex.code().equals(code)) {
        return Optional.of(sex);
      }
    }
    for (Residence residence : Residence.values()) {
      if (residence.code().equals(code)) {
        return Optional.of(residence);
      }
    }
    for (Region region : Region.values()) {
      if (region.code().equals(code)) {
        return Optional.of(region);
      }
    }
    return AgeGroup.tryParse(code).map(Category.class::cast);
  }
}
