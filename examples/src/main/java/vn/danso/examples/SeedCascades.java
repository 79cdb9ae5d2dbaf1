package vn.danso.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.time.LocalDate;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchyResult;
import vn.danso.admin.TypeChange;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitRow;
import vn.danso.admin.UnitType;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.body.Body;
import vn.danso.body.BodyKind;
import vn.danso.body.BodyKinds;
import vn.danso.body.BodySystem;
import vn.danso.body.Jurisdiction;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
import vn.danso.plan.Cascade;
import vn.danso.plan.CascadeNode;
import vn.danso.plan.Phase;
import vn.danso.plan.Plan;
import vn.danso.plan.PlanTarget;
import vn.danso.plan.ReportingDuty;
import vn.danso.plan.ReportingKind;
import vn.danso.plan.Task;

/**
 * The plans of the five seed articles and the cascade they form, built with danso's model on the documents of
 * {@link SeedDocuments}: what the {@code cascade} command and the tour print.
 *
 * <p>Content is taken from the articles only: the 2030 targets of 21-NQ/TW are those the built-in indicator catalogue
 * attributes to the resolution; tasks, objectives, phases and reporting duties are those the articles give for each
 * plan, in their words. Plans the articles name without number or date (the Kiên Giang programme, Hà Nội's
 * 94/KH-UBND, the Hải Dương plan) are plans known only by reference; the cascade reports what each lacks.
 */
public final class SeedCascades {
  /** The day the reports are made for by default: the date of seed 002, the latest article on the cascade. */
  public static final LocalDate REPORT_DATE = LocalDate.of(2024, 1, 31);

  // ---------------------------------------------------------------- bodies named in the plans' content

  /** The kind of Ban Tuyên giáo of a bloc Party committee: an integrator's own kind, not built into danso. */
  static final BodyKind BLOC_PROPAGANDA_BOARD = BodyKind.builder()
      .id("party.bloc-propaganda-board")
      .system(BodySystem.PARTY)
      .name("Ban Tuyên giáo Đảng ủy Khối", "propaganda board of a bloc Party committee")
      .addLevels(AdministrativeLevel.PROVINCE)
      .build();

  private static final Range<LocalDate> UNTIL_HUE_CITY = Range.atMost(LocalDate.of(2024, 12, 31));
  private static final Jurisdiction HUE = Jurisdiction.of(UnitCode.of("46"), "Thừa Thiên Huế")
      .withSeat("Thành phố Huế");

  /** Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế (seed 003, part III.2). */
  public static final Body HUE_BLOC_PROPAGANDA_BOARD = Body.builder().id("party.duk.46.btg")
      .name("Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế").kind(BLOC_PROPAGANDA_BOARD)
      .jurisdiction(HUE).validity(UNTIL_HUE_CITY).build();
  /** Hội Cựu chiến binh Khối các cơ quan tỉnh Thừa Thiên Huế (seed 003). */
  public static final Body HUE_BLOC_VETERANS = Body.builder().id("mass.ccb.duk.46")
      .name("Hội Cựu chiến binh Khối các cơ quan tỉnh Thừa Thiên Huế").kind(BodyKinds.VETERANS_ASSOCIATION)
      .jurisdiction(HUE).validity(UNTIL_HUE_CITY).build();
  /** Đoàn Thanh niên Khối các cơ quan tỉnh Thừa Thiên Huế (seed 003). */
  public static final Body HUE_BLOC_YOUTH = Body.builder().id("mass.dtn.duk.46")
      .name("Đoàn Thanh niên Khối các cơ quan tỉnh Thừa Thiên Huế").kind(BodyKinds.YOUTH_UNION)
      .jurisdiction(HUE).validity(UNTIL_HUE_CITY).build();
  /** Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội (seed 000). */
  public static final Body HANOI_FATHERLAND_FRONT = Body.builder().id("mass.mttq.01")
      .name("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội").kind(BodyKinds.FATHERLAND_FRONT)
      .jurisdiction(Jurisdiction.of(UnitCode.of("01"), "Hà Nội")).build();

  // ---------------------------------------------------------------- plans

  /** 21-NQ/TW with the 2030 targets the built-in catalogue attributes to it. */
  public static final Plan RESOLUTION_21 = Plan.builder()
      .document(SeedDocuments.RESOLUTION_21)
      .addAllTargets(IndicatorCatalogue.builtIn().targets().stream()
          .filter(t -> t.sources().stream().anyMatch(s -> s.document().equals("Nghị quyết 21-NQ/TW")))
          .map(PlanTarget::of)
          .collect(ImmutableList.toImmutableList()))
      .build();

  /** 74-KH/TU of the Thành ủy Hà Nội (seed 000); the article gives nothing of its content. */
  public static final Plan HANOI_PLAN_74 = Plan.of(SeedDocuments.HANOI_PLAN_74);

  /** 94/KH-UBND of the Hà Nội People's Committee (seed 000), known without its date, with what the article says. */
  public static final Plan HANOI_PLAN_94 = Plan.builder()
      .reference(SeedDocuments.HANOI_PLAN_94)
      .implemented(SeedDocuments.HANOI_PLAN_74.reference())
      .addTasks(
          Task.builder().label("1").assignedTo("các Sở, Ban, ngành")
              .text("Tổ chức học tập, quán triệt và phổ biến nội dung Nghị quyết số 21-NQ/TW và Kế hoạch số "
                  + "74-KH/TU đến các cơ quan, địa phương, tổ chức và tầng lớp nhân dân")
              .build(),
          Task.builder().label("2").assignedTo("sở, ban, ngành, quận, huyện, thị xã")
              .text("Lồng ghép các mục tiêu dân số vào nội dung chiến lược, quy hoạch, kế hoạch, chương trình, dự án "
                  + "phát triển kinh tế - xã hội")
              .build(),
          Task.builder().label("3").addPartners(HANOI_FATHERLAND_FRONT)
              .text("Tăng cường công tác phối hợp liên ngành, phát huy vai trò của Ủy ban Mặt trận Tổ quốc Việt "
                  + "Nam TP Hà Nội và các tổ chức thành viên, các đoàn thể nhân dân trong công tác dân số")
              .build())
      .addReporting(
          ReportingDuty.builder().kind(ReportingKind.MID_TERM_REVIEW).text("định kỳ sơ kết").build(),
          ReportingDuty.builder().kind(ReportingKind.FINAL_REVIEW).text("tổng kết, đánh giá thi đua, khen thưởng")
              .build())
      .build();

  /** 13-CTr/TU of Bắc Kạn (seed 001) with its tasks and solutions. */
  public static final Plan BAC_KAN_PROGRAMME_13 = Plan.builder()
      .document(SeedDocuments.BAC_KAN_PROGRAMME_13)
      .addTasks(
          Task.of("Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền đối với công tác dân số trong "
              + "tình hình mới"),
          Task.of("Đổi mới nội dung tuyên truyền, vận động về công tác dân số"),
          Task.of("Thực hiện đầy đủ, kịp thời và hiệu quả các chính sách về công tác dân số"),
          Task.of("Tham gia phát triển mạng lưới và nâng cao chất lượng dịch vụ về dân số"),
          Task.of("Đảm bảo tổ chức bộ máy, nâng cao năng lực đội ngũ cán bộ dân số"))
      .build();

  /**
   * The plan implementing 13-CTr/TU that 723/QĐ-UBND of Bắc Kạn (seed 001) approves, numbered and dated by the
   * decision, with its objective.
   */
  public static final Plan BAC_KAN_DECISION_723 = Plan.builder()
      .approvedIn(SeedDocuments.BAC_KAN_DECISION_723, DocumentType.PLAN)
      .addObjectives("Tạo sự chuyển biến mạnh mẽ về nhận thức, hành động của các cấp ủy Đảng, chính quyền các cấp, "
          + "của cả hệ thống chính trị và nhân dân đối với công tác dân số trong tình hình mới")
      .build();

  /**
   * The Kiên Giang programme (seed 002), known only as "Chương trình hành động của Tỉnh ủy"; the article names it
   * with 77-KH/HU as "về thực hiện Nghị quyết số 21-NQ/TW".
   */
  public static final Plan KIEN_GIANG_PROGRAMME = Plan.builder()
      .reference(SeedDocuments.KIEN_GIANG_PROGRAMME)
      .implemented(SeedDocuments.RESOLUTION_21.reference())
      .build();

  /** 77-KH/HU of An Minh (seed 002). */
  public static final Plan AN_MINH_PLAN_77 = Plan.of(SeedDocuments.AN_MINH_PLAN_77);

  /** 71-KH/TU of Thừa Thiên Huế (seed 003). */
  public static final Plan HUE_PLAN_71 = Plan.of(SeedDocuments.HUE_PLAN_71);

  /** 49-KH/ĐUK (seed 003) with its purpose, tasks and reporting duties. */
  public static final Plan HUE_BLOC_PLAN_49 = Plan.builder()
      .document(SeedDocuments.HUE_BLOC_PLAN_49)
      .addObjectives("Quán triệt sâu sắc, tuyên truyền rộng rãi trong cán bộ, đảng viên, công chức, viên chức, người "
          + "lao động về quan điểm, mục tiêu, nhiệm vụ, giải pháp của Nghị quyết số 21")
      .addTasks(
          Task.builder().label("II.1").assignedTo("Cấp ủy các cấp")
              .text("Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy đảng, phát huy vai trò của các đoàn thể về công "
                  + "tác dân số")
              .build(),
          Task.builder().label("II.2").assignedTo("Cấp uỷ các cấp; cấp ủy cơ sở trong các cơ quan báo chí")
              .text("Đổi mới nội dung, nâng cao chất lượng, hiệu quả tuyên truyền, vận động về công tác dân số")
              .build(),
          Task.builder().label("II.3").assignedTo("Cấp ủy, tổ chức đảng các cấp")
              .text("Kiểm tra, giám sát, đánh giá việc thực hiện các chỉ thị, nghị quyết của Đảng về dân số")
              .build(),
          Task.builder().label("III.1").assignedTo("Cấp ủy các tổ chức cơ sở đảng trực thuộc")
              .text("Xây dựng kế hoạch thực hiện phù hợp; tăng cường kiểm tra, giám sát")
              .build(),
          Task.builder().label("III.2").lead(HUE_BLOC_PROPAGANDA_BOARD)
              .addPartners(HUE_BLOC_VETERANS, HUE_BLOC_YOUTH)
              .text("Theo dõi, đôn đốc, giám sát và tham mưu Đảng ủy Khối kiểm tra, đánh giá, sơ kết, tổng kết việc "
                  + "triển khai thực hiện")
              .build())
      .addReporting(
          ReportingDuty.builder().kind(ReportingKind.PERIODIC_REPORT)
              .text("định kỳ báo cáo kết quả về Đảng ủy Khối").recipient(SeedDocuments.HUE_AGENCIES_BLOC).build(),
          ReportingDuty.builder().kind(ReportingKind.MID_TERM_REVIEW).text("sơ kết").build(),
          ReportingDuty.builder().kind(ReportingKind.FINAL_REVIEW).text("tổng kết").build())
      .build();

  /** The national scheme (Đề án) the Hải Dương plan implements; seed 004 names it by its title only. */
  public static final DocumentReference POPULATION_ORGANISATION_SCHEME = DocumentReference.builder()
      .type(DocumentType.SCHEME)
      .citation("Đề án Nghiên cứu, xây dựng mô hình tổ chức bộ máy, mạng lưới và cơ chế phối hợp liên ngành làm công "
          + "tác dân số và phát triển các cấp")
      .build();

  /** The Hải Dương People's Committee's plan for the scheme (seed 004), known without number or date. */
  public static final Plan HAI_DUONG_SCHEME_PLAN = Plan.builder()
      .reference(SeedDocuments.HAI_DUONG_SCHEME_PLAN)
      .implemented(POPULATION_ORGANISATION_SCHEME)
      .addObjectives("Kiện toàn tổ chức bộ máy, xây dựng mạng lưới cộng tác viên dân số và cơ chế phối hợp liên ngành "
          + "làm công tác dân số và phát triển theo hướng đa ngành, đa lĩnh vực, tinh gọn, chuyên nghiệp, hiệu lực, "
          + "hiệu quả")
      .addPhases(
          Phase.of(Period.phase(2021, 2025), "Giữ ổn định mô hình tổ chức bộ máy làm công tác dân số và phát triển "
              + "các cấp; kiện toàn tổ chức phối hợp liên ngành; triển khai đội ngũ cộng tác viên dân số kiêm công "
              + "tác gia đình và trẻ em"),
          Phase.of(Period.phase(2026, 2030), "Tiếp tục giữ ổn định mô hình tổ chức bộ máy; hoàn thiện cơ chế phối "
              + "hợp liên ngành từ tỉnh đến xã, phường, thị trấn; đánh giá kết quả đội ngũ cộng tác viên"))
      .build();

  /** Every plan of the five seeds, in the order of the articles. */
  public static final ImmutableList<Plan> PLANS = ImmutableList.of(
      RESOLUTION_21, HANOI_PLAN_74, HANOI_PLAN_94, BAC_KAN_PROGRAMME_13, BAC_KAN_DECISION_723,
      KIEN_GIANG_PROGRAMME, AN_MINH_PLAN_77, HUE_PLAN_71, HUE_BLOC_PLAN_49, HAI_DUONG_SCHEME_PLAN);

  private SeedCascades() {}

  /**
   * Returns the cascade of the seeds' plans.
   *
   * @return the cascade
   */
  public static Cascade cascade() {
    return Cascade.of(PLANS);
  }

  /**
   * Returns the node of 21-NQ/TW in a cascade that holds it.
   *
   * @param cascade the cascade
   * @return the root
   */
  public static CascadeNode root(Cascade cascade) {
    return cascade.node(SeedDocuments.RESOLUTION_21).orElseThrow();
  }

  /**
   * Returns a hierarchy builder with the built-in provinces and the districts the seeds name, by their codes in the
   * statistics office's list: 058 Thành phố Bắc Kạn (seed 001), 909 Huyện An Minh (seed 002), 474 Thành phố Huế
   * (seed 003; Quận Thuận Hóa from 2025-01-01), 288 Thành phố Hải Dương (seed 004).
   *
   * @return the builder, to which more units can be added
   */
  public static Hierarchy.Builder hierarchyBuilder() {
    return VietnamCatalogue.builder()
        .addRows(ImmutableList.of(
            UnitRow.of("058", "Thành phố Bắc Kạn", UnitType.THANH_PHO_THUOC_TINH, "06"),
            UnitRow.of("288", "Thành phố Hải Dương", UnitType.THANH_PHO_THUOC_TINH, "30"),
            UnitRow.of("474", "Thành phố Huế", UnitType.THANH_PHO_THUOC_TINH, "46"),
            UnitRow.of("909", "Huyện An Minh", "91")))
        .addEvent(TypeChange.of(VietnamCatalogue.HUE_CITY_FROM, "474", UnitType.QUAN, "Thuận Hóa"));
  }

  /**
   * Returns the hierarchy of {@link #hierarchyBuilder()}.
   *
   * @return the hierarchy
   * @throws IllegalStateException if the rows are reported defective (they are not)
   */
  public static Hierarchy hierarchy() {
    HierarchyResult result = hierarchyBuilder().build();
    if (!result.report().isEmpty()) {
      throw new IllegalStateException("the seeds' units are reported defective:\n" + result.report());
    }
    return result.hierarchy();
  }
}
