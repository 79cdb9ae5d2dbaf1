package vn.danso.indicator;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.danso.text.LocalizedText;

/**
 * The 2030 targets of the built-in catalogue, each with the documents that set it. The figures follow secondary
 * summaries of the texts (news and legal-information sites); the objective numbers of QĐ 1679/QĐ-TTg follow the
 * Government portal's English summary. Targets confirmed for QĐ 1679 only (sex ratio at birth, age structure,
 * dependency ratio) cite QĐ 1679 only. Not built in: the urban share (its figure is not verified), and targets without
 * an indicator here (fertility gaps, provinces at replacement level, unwanted adolescent pregnancies, HDI rank).
 */
final class BuiltInTargets {
  private BuiltInTargets() {}

  /** Nghị quyết 21-NQ/TW (25/10/2017) of the Party Central Committee, on population work in the new situation. */
  static final Citation NQ_21 = Citation.of("Nghị quyết 21-NQ/TW", LocalDate.of(2017, 10, 25),
      "mục tiêu cụ thể đến năm 2030");

  /** Quyết định 1679/QĐ-TTg (22/11/2019), the Vietnam Population Strategy to 2030. */
  static final Citation QD_1679 = Citation.of("Quyết định 1679/QĐ-TTg", LocalDate.of(2019, 11, 22));

  private static Target.Builder target(String indicator, TargetKind kind, String value) {
    return Target.builder().indicator(indicator).kind(kind).value(value).year(2030);
  }

  private static Target both(Target.Builder builder, int objective) {
    return builder.addSources(NQ_21, QD_1679.at("mục tiêu cụ thể " + objective)).build();
  }

  private static Target qd1679(Target.Builder builder, int objective) {
    return builder.addSources(QD_1679.at("mục tiêu cụ thể " + objective)).build();
  }

  /**
   * Returns the targets. They are built on the first call, not when the indicators are (which cite this class's
   * documents), so that a program that never asks for a target does not pay for building them.
   */
  static ImmutableList<Target> all() {
    return Holder.ALL;
  }

  /** Holds the targets, built when the class is first used (the JVM's lazy, thread-safe initialisation). */
  private static final class Holder {
    private Holder() {}

    static final ImmutableList<Target> ALL = ImmutableList.of(
        both(target("TFR", TargetKind.ABOUT, "2.1").note(LocalizedText.of(
            "Duy trì vững chắc mức sinh thay thế: bình quân 2,1 con trên một phụ nữ trong độ tuổi sinh đẻ.",
            "Firmly maintain replacement-level fertility: 2.1 children per woman of reproductive age.")), 1),
        both(target("POPULATION", TargetKind.ABOUT, "104000000").tolerance(BigDecimal.valueOf(500_000))
            .note(LocalizedText.of("Quy mô dân số 104 triệu người.", "A population of 104 million.")), 1),
        qd1679(target("SRB", TargetKind.BELOW, "109").note(LocalizedText.of(
            "Dưới 109 bé trai trên 100 bé gái sinh ra sống.", "Below 109 boys per 100 girls born alive.")), 3),
        qd1679(target("SHARE_UNDER_15", TargetKind.ABOUT, "22"), 3),
        qd1679(target("SHARE_65_PLUS", TargetKind.ABOUT, "11"), 3),
        qd1679(target("DEPENDENCY_RATIO", TargetKind.ABOUT, "49"), 3),
        both(target("PREMARITAL_COUNSELLING", TargetKind.AT_LEAST, "90").note(LocalizedText.of(
            "Nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn.",
            "Young men and women counselled and checked before marriage.")), 4),
        both(target("CHILD_MARRIAGES", TargetKind.REDUCE_BY, "50"), 4),
        both(target("CONSANGUINEOUS_MARRIAGES", TargetKind.REDUCE_BY, "60"), 4),
        both(target("PRENATAL_SCREENING", TargetKind.AT_LEAST, "70").note(LocalizedText.of(
            "Sàng lọc ít nhất 4 loại bệnh, tật bẩm sinh phổ biến nhất.",
            "Screened for at least 4 of the most common congenital conditions.")), 4),
        both(target("NEWBORN_SCREENING", TargetKind.AT_LEAST, "90").note(LocalizedText.of(
            "Sàng lọc ít nhất 5 bệnh bẩm sinh phổ biến nhất.",
            "Screened for at least 5 of the most common congenital diseases.")), 4),
        both(target("LIFE_EXPECTANCY", TargetKind.AT_LEAST, "75"), 4),
        both(target("HEALTHY_LIFE_EXPECTANCY", TargetKind.AT_LEAST, "68"), 4),
        target("ELDERLY_HEALTH_INSURANCE", TargetKind.AT_LEAST, "100")
            .addSources(NQ_21, QD_1679.at("mục tiêu về thích ứng với già hóa dân số")).build(),
        both(target("HEIGHT_18_MALE", TargetKind.AT_LEAST, "168.5"), 4),
        both(target("HEIGHT_18_FEMALE", TargetKind.AT_LEAST, "157.5"), 4));
  }
}
