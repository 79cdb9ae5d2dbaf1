package vn.danso.document;

import static vn.danso.body.Certainty.OBSERVED;
import static vn.danso.body.Certainty.OFFICIAL;
import static vn.danso.document.DocumentType.*;

import com.google.common.collect.ImmutableList;
import vn.danso.body.BodyKind;
import vn.danso.body.BodyKinds;
import vn.danso.body.Certainty;

/** The entries of the standard document-type abbreviation tables, each with its source. */
final class StandardTypes {
  private static final String ND30 = "Nghị định 30/2020/NĐ-CP, Điều 9 và Phụ lục III";
  private static final String LAW_2015 = "Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15, Điều 7 khoản 3 (từ 01/4/2025; trước đó Luật 2015, Điều 10)";
  private static final BodyKind[] ANY = {};

  static final ImmutableList<TypeAbbreviation> ENTRIES = ImmutableList.<TypeAbbreviation>builder()
      // The Party: Hướng dẫn 36-HD/VPTW's own table was not available; these are the forms seen in real numbers.
      .add(party("NQ", "21-NQ/TW (25/10/2017); 15-NQ/TU (4/7/2017); 847-NQ/QUTW (28/12/2021)", RESOLUTION))
      .add(party("QĐ", "97-QĐ/TW (07/02/2023) and 24-QĐ/TW are Quy định; 127-QĐ/TW (sample table of 36-HD/VPTW)",
          DECISION, REGULATION))
      .add(party("CT", "35-CT/TW (30/5/2019); 590-CT/ĐUQSTW", DIRECTIVE))
      .add(party("KL", "149-KL/TW (10/4/2025); 120-KL/TW", CONCLUSION))
      .add(party("HD", "36-HD/VPTW (03/4/2018); 02-HD/UBKTTW", GUIDANCE))
      .add(party("KH", "74-KH/TU (27/1/2018); 49-KH/ĐUK (04/6/2018); 19-KH/BCSĐ (18/7/2023)", PLAN))
      .add(party("CTr", "13-CTr/TU (22/01/2018, Tỉnh ủy Bắc Kạn); 31-CTr/TW", PROGRAMME))
      .add(party("TB", "81-TB/TW (18/7/2025)", NOTICE))
      .add(party("BC", "229-BC/TU", REPORT))
      .add(party("ĐA", "04-ĐA/TU; 05-ĐA/TU", SCHEME))
      .add(party("CV", "405-CV/ĐU (15/5/2025, Đảng ủy UBND tỉnh Đắk Nông)", OFFICIAL_LETTER))
      .add(party("BS", "24-BS/UBKTTU (sample table of 36-HD/VPTW)", COPY))
      .add(party("QC", "09-QC/TW (05/01/2026, Ban Bí thư)", RULES))
      // The State: Nghị định 30/2020/NĐ-CP, Phụ lục III, items 1 to 27 and the copies.
      .add(state("NQ", 1, RESOLUTION))
      .add(state("QĐ", 2, DECISION))
      .add(state("CT", 3, DIRECTIVE))
      .add(state("QC", 4, RULES))
      .add(state("QyĐ", 5, REGULATION))
      .add(state("TC", 6, COMMUNIQUE))
      .add(state("TB", 7, NOTICE))
      .add(state("HD", 8, GUIDANCE))
      .add(state("CTr", 9, PROGRAMME))
      .add(state("KH", 10, PLAN))
      .add(state("PA", 11, OPTION_PLAN))
      .add(state("ĐA", 12, SCHEME))
      .add(state("DA", 13, PROJECT))
      .add(state("BC", 14, REPORT))
      .add(state("BB", 15, MINUTES))
      .add(state("TTr", 16, SUBMISSION))
      .add(state("HĐ", 17, CONTRACT))
      .add(state("CĐ", 18, DISPATCH))
      .add(state("BGN", 19, MEMORANDUM))
      .add(state("BTT", 20, AGREEMENT))
      .add(state("GUQ", 21, POWER_OF_ATTORNEY))
      .add(state("GM", 22, INVITATION))
      .add(state("GGT", 23, INTRODUCTION))
      .add(state("GNP", 24, LEAVE_PERMIT))
      .add(state("PG", 25, DISPATCH_SLIP))
      .add(state("PC", 26, TRANSFER_SLIP))
      .add(state("PB", 27, NOTIFICATION_SLIP))
      // Seen in real numbers beside the table of Nghị định 30/2020/NĐ-CP.
      .add(entry(NumberFamily.STATE_ADMINISTRATIVE, "QCPH", OBSERVED,
          "01/QCPH/UBND-UBMTTQ (27/10/2017, joint rules of the People's Committee and the Front of Đắk Lắk)", ANY,
          RULES))
      .add(entry(NumberFamily.STATE_ADMINISTRATIVE, "VBHN", OBSERVED,
          "14/VBHN-VPQH (23/7/2013, Pháp lệnh Dân số consolidated); 05/VBHN-BGDĐT (2023)", ANY, CONSOLIDATED_TEXT))
      .add(entry(NumberFamily.STATE_ADMINISTRATIVE, "TT", OBSERVED,
          "1044/TT-STC (29/5/2014, Sở Tài chính Thái Nguyên); 565/TT-UBDSGĐ&TE (17/8/2005, Thừa Thiên Huế): Tờ trình "
              + "written TT, where the table of Nghị định 30/2020/NĐ-CP writes TTr", ANY, SUBMISSION))
      .add(entry(NumberFamily.STATE_ADMINISTRATIVE, "SY", OFFICIAL, ND30 + ", bản sao", ANY, CERTIFIED_COPY))
      .add(entry(NumberFamily.STATE_ADMINISTRATIVE, "TrS", OFFICIAL, ND30 + ", bản sao", ANY, EXTRACT_COPY))
      .add(entry(NumberFamily.STATE_ADMINISTRATIVE, "SL", OFFICIAL, ND30 + ", bản sao", ANY, TRANSCRIBED_COPY))
      // Legal normative documents.
      .add(legal("NĐ", OFFICIAL, LAW_2015 + "; 30/2020/NĐ-CP", kinds(BodyKinds.GOVERNMENT), DECREE))
      .add(legal("TT", OFFICIAL, LAW_2015 + "; 01/2022/TT-BYT", kinds(BodyKinds.MINISTRY), CIRCULAR))
      .add(legal("PL", OFFICIAL, LAW_2015 + "; 07/2025/PL-UBTVQH15 (3/6/2025)",
          kinds(BodyKinds.NATIONAL_ASSEMBLY_STANDING_COMMITTEE), ORDINANCE))
      .add(legal("QĐ", OBSERVED, "03/2023/QĐ-TTg (15/02/2023); 19/2025/QĐ-TTg",
          kinds(BodyKinds.PRIME_MINISTER, BodyKinds.PEOPLES_COMMITTEE), DECISION))
      .add(legal("NQ", OBSERVED, "77/2018/NQ-HĐND (HĐND tỉnh Lâm Đồng); 05/2019/NQ-HĐND", ANY, RESOLUTION))
      .add(legal("TTLT", OBSERVED, "55/2011/TTLT-BGDĐT-BTC", ANY, JOINT_CIRCULAR))
      .add(legal(null, OFFICIAL, LAW_2015 + ": laws and resolutions of the National Assembly carry no type, "
          + "e.g. Luật số 113/2025/QH15", kinds(BodyKinds.NATIONAL_ASSEMBLY), LAW, RESOLUTION))
      .add(legal(null, OBSERVED, "Nghị quyết 35/2023/UBTVQH15",
          kinds(BodyKinds.NATIONAL_ASSEMBLY_STANDING_COMMITTEE), RESOLUTION))
      .build();

  private StandardTypes() {}

  private static TypeAbbreviation party(String code, String seen, DocumentType... types) {
    return entry(NumberFamily.PARTY, code, OBSERVED, seen, ANY, types);
  }

  private static TypeAbbreviation state(String code, int item, DocumentType type) {
    return entry(NumberFamily.STATE_ADMINISTRATIVE, code, OFFICIAL, ND30 + ", mục " + item, ANY, type);
  }

  private static TypeAbbreviation legal(String code, Certainty certainty, String source, BodyKind[] issuers,
      DocumentType... types) {
    return entry(NumberFamily.LEGAL_NORMATIVE, code, certainty, source, issuers, types);
  }

  private static BodyKind[] kinds(BodyKind... kinds) {
    return kinds;
  }

  private static TypeAbbreviation entry(NumberFamily family, String code, Certainty certainty, String source,
      BodyKind[] issuers, DocumentType... types) {
    TypeAbbreviation.Builder builder = TypeAbbreviation.builder()
        .family(family)
        .addTypes(types)
        .addIssuerKinds(issuers)
        .certainty(certainty)
        .source(source);
    if (code != null) {
      builder.code(code);
    }
    return builder.build();
  }
}
