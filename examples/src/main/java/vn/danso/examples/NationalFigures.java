package vn.danso.examples;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import vn.danso.indicator.Citation;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.Observation;

/**
 * Published national figures the examples assess against the 2030 targets, each with its source. These are secondary
 * sources quoting the statistics office or the Ministry of Health; one year can have several values by source and
 * method (the 2023 sex ratio at birth was published as 112, 111,8 and 109,7), so the source travels with the value.
 */
final class NationalFigures {
  private NationalFigures() {}

  /** A published value of an indicator, and the baseline it is assessed from. */
  record Figure(IndicatorCode indicator, Observation baseline, Observation actual) {}

  static final Observation TFR_2019 = Observation.of(2019, 2.09,
      Citation.of("Kết quả Tổng điều tra dân số và nhà ở 2019 (giadinh.net.vn)", LocalDate.of(2019, 12, 19)));
  static final Observation TFR_2023 = Observation.of(2023, 1.96,
      Citation.of("Tổng cục Thống kê, thông cáo báo chí (doanhnghieptiepthi.vn)", LocalDate.of(2023, 12, 29)));
  static final Observation TFR_2024 = Observation.of(2024, 1.91,
      Citation.of("Tổng cục Thống kê, số liệu năm 2024 (vietnambiz.vn; suckhoetreem.vn)"));
  static final Observation SRB_2019 = Observation.of(2019, 111.5, Citation.of("suckhoe.vn, số liệu năm 2019"));

  private static final IndicatorCode TFR = IndicatorCode.of("TFR");
  private static final IndicatorCode SRB = IndicatorCode.of("SRB");

  /** The figures, each assessed from the 2019 value: the census year, when the 2030 strategy was approved. */
  static final ImmutableList<Figure> ALL = ImmutableList.of(
      new Figure(TFR, TFR_2019, TFR_2019),
      new Figure(TFR, TFR_2019, TFR_2023),
      new Figure(TFR, TFR_2019, TFR_2024),
      new Figure(SRB, SRB_2019, SRB_2019));
}
