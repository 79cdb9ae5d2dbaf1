package vn.danso.indicator;

import java.time.LocalDate;

/**
 * Published figures used as test fixtures, each with its source (secondary sources: news sites quoting the statistics
 * office or the Ministry of Health). The same year can have several values by source and method; the source says
 * which one this is.
 */
final class PublishedFigures {
  private PublishedFigures() {}

  static final Observation TFR_2019 = Observation.of(2019, 2.09,
      Citation.of("Kết quả Tổng điều tra dân số và nhà ở 2019 (giadinh.net.vn)", LocalDate.of(2019, 12, 19)));
  static final Observation TFR_2023 = Observation.of(2023, 1.96,
      Citation.of("Tổng cục Thống kê, thông cáo báo chí (doanhnghieptiepthi.vn)", LocalDate.of(2023, 12, 29)));
  static final Observation TFR_2024 = Observation.of(2024, 1.91,
      Citation.of("Tổng cục Thống kê, số liệu năm 2024 (vietnambiz.vn; suckhoetreem.vn)"));
  static final Observation SRB_2019 = Observation.of(2019, 111.5, Citation.of("suckhoe.vn, số liệu năm 2019"));
  /** The GSO's 2023 report; a preliminary 111,8 and a civil-registration 109,7 were also published for 2023. */
  static final Observation SRB_2023 = Observation.of(2023, 112,
      Citation.of("Tổng cục Thống kê, báo cáo năm 2023 (điều tra)"));

  /** Seed article 002: Huyện ủy An Minh (Kiên Giang), 31/01/2024, on the district's 2023 results. */
  static final Citation AN_MINH_2023 = Citation.of(
      "Huyện ủy An Minh, \"Huyện uỷ An Minh tăng cường lãnh đạo công tác dân số trong tình hình mới\"",
      LocalDate.of(2024, 1, 31));
}
