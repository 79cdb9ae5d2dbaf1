package vn.danso.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.danso.admin.UnitCode;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.data.UnitTree;

/**
 * A made-up administrative tree of the nation's shape for generated figures (cây đơn vị giả lập): the real province
 * codes of {@link VietnamCatalogue#provinces()}, each with the same number of districts, each with the same number of
 * communes. District codes (3 digits) and commune codes (5 digits) are numbered in order and are not real units.
 *
 * <p>63 provinces × 11 districts × 15 communes (693 districts, 10.395 communes) is the nation's size before the
 * 2025 reorganisation (696 districts and 10.047 communes on 1/3/2025, by the statistics office's count); smaller
 * shapes make tests and runs that fit a small machine. Units are numbered: districts first, then communes.
 */
final class SyntheticNation implements Serializable {
  private static final long serialVersionUID = 1L;

  final int provinces;
  final int districtsPerProvince;
  final int communesPerDistrict;

  SyntheticNation(int provinces, int districtsPerProvince, int communesPerDistrict) {
    int real = VietnamCatalogue.provinces().size();
    checkArgument(provinces >= 1 && provinces <= real, "provinces %s is not 1 to %s", provinces, real);
    checkArgument(districtsPerProvince >= 1 && districtsPerProvince * provinces < 1000,
        "districts per province %s: at least 1, and fewer than 1000 districts in all", districtsPerProvince);
    checkArgument(communesPerDistrict >= 1 && communesPerDistrict * districtsPerProvince * provinces < 100_000,
        "communes per district %s: at least 1, and fewer than 100000 communes in all", communesPerDistrict);
    this.provinces = provinces;
    this.districtsPerProvince = districtsPerProvince;
    this.communesPerDistrict = communesPerDistrict;
  }

  int districts() {
    return provinces * districtsPerProvince;
  }

  int communes() {
    return districts() * communesPerDistrict;
  }

  String provinceCode(int province) {
    return VietnamCatalogue.provinces().get(province).code();
  }

  String districtCode(int district) {
    return String.format("%03d", district + 1);
  }

  String communeCode(int commune) {
    return String.format("%05d", commune + 1);
  }

  /** The tree below {@code VN}. */
  UnitTree tree() {
    Map<UnitCode, List<UnitCode>> below = new HashMap<>();
    List<UnitCode> top = new ArrayList<>();
    for (int p = 0; p < provinces; p++) {
      UnitCode province = UnitCode.of(provinceCode(p));
      top.add(province);
      List<UnitCode> districts = new ArrayList<>();
      for (int d = p * districtsPerProvince; d < (p + 1) * districtsPerProvince; d++) {
        UnitCode district = UnitCode.of(districtCode(d));
        districts.add(district);
        List<UnitCode> communes = new ArrayList<>();
        for (int c = d * communesPerDistrict; c < (d + 1) * communesPerDistrict; c++) {
          communes.add(UnitCode.of(communeCode(c)));
        }
        below.put(district, communes);
      }
      below.put(province, districts);
    }
    below.put(UnitCode.of("VN"), top);
    return UnitTree.of(UnitCode.of("VN"), u -> below.getOrDefault(u, List.of()));
  }
}
