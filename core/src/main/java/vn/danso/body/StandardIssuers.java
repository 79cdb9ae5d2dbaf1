package vn.danso.body;

import static vn.danso.body.Certainty.OBSERVED;
import static vn.danso.body.Certainty.OFFICIAL;

import com.google.common.collect.ImmutableList;

/** The entries of {@link IssuerAbbreviations#standard()}, each with its source. */
final class StandardIssuers {
  private static final String LAW_2015 = "Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15, Điều 7 khoản 3 (từ 01/4/2025; trước đó Luật 2015, Điều 10)";

  static final ImmutableList<IssuerAbbreviation> ENTRIES = ImmutableList.of(
      entry("TW", "Trung ương (Ban Chấp hành, Bộ Chính trị, Ban Bí thư)",
          "Central Committee, Politburo, Secretariat", OBSERVED,
          "21-NQ/TW (25/10/2017); 149-KL/TW (10/4/2025); 97-QĐ/TW (07/02/2023)", false,
          BodyKinds.PARTY_CENTRAL_COMMITTEE, BodyKinds.POLITBURO, BodyKinds.SECRETARIAT),
      entry("VPTW", "Văn phòng Trung ương Đảng", "Party Central Office", OBSERVED, "36-HD/VPTW (03/4/2018)", false,
          BodyKinds.PARTY_CENTRAL_OFFICE),
      entry("UBKTTW", "Ủy ban Kiểm tra Trung ương", "Central Inspection Commission", OBSERVED, "02-HD/UBKTTW",
          false, BodyKinds.CENTRAL_INSPECTION_COMMISSION),
      entry("QUTW", "Quân ủy Trung ương", "Central Military Commission", OBSERVED, "847-NQ/QUTW (28/12/2021)", false,
          BodyKinds.CENTRAL_MILITARY_COMMISSION),
      entry("ĐUQSTW", "Đảng ủy Quân sự Trung ương (nay là Quân ủy Trung ương)",
          "Central Military Party Committee (now the Central Military Commission)", OBSERVED,
          "590-CT/ĐUQSTW; the former name of Quân ủy Trung ương", false, BodyKinds.CENTRAL_MILITARY_COMMISSION),
      entry("TU", "Tỉnh ủy, Thành ủy và Ban Thường vụ", "provincial Party committee and its standing board",
          OBSERVED, "74-KH/TU (27/1/2018, Thành ủy Hà Nội); 13-CTr/TU (22/01/2018, Tỉnh ủy Bắc Kạn); "
              + "71-KH/TU (24/4/2018, Tỉnh ủy Thừa Thiên Huế)", false,
          BodyKinds.PROVINCIAL_PARTY_COMMITTEE, BodyKinds.PROVINCIAL_STANDING_BOARD),
      entry("UBKTTU", "Ủy ban Kiểm tra Tỉnh ủy", "provincial inspection commission", OBSERVED,
          "24-BS/UBKTTU (sample table of 36-HD/VPTW)", false, BodyKinds.PROVINCIAL_INSPECTION_COMMISSION),
      entry("BTGTU", "Ban Tuyên giáo Tỉnh ủy", "provincial propaganda and education board", OBSERVED, "88-KH/BTGTU",
          false, BodyKinds.PROVINCIAL_PROPAGANDA_BOARD),
      entry("HU", "Huyện ủy và Ban Thường vụ", "district Party committee and its standing board", OBSERVED,
          "77-KH/HU (22/3/2018, Ban Thường vụ Huyện ủy An Minh); 128-KH/HU", false,
          BodyKinds.DISTRICT_PARTY_COMMITTEE, BodyKinds.DISTRICT_STANDING_BOARD),
      entry("QU", "Quận ủy", "urban district Party committee", OBSERVED,
          "seen only in demonstration data: weak evidence, confirm against your own documents", false,
          BodyKinds.URBAN_DISTRICT_PARTY_COMMITTEE),
      entry("ĐU", "Đảng ủy", "Party committee (commune, agency)", OBSERVED,
          "405-CV/ĐU (15/5/2025, Đảng ủy UBND tỉnh Đắk Nông)", false,
          BodyKinds.COMMUNE_PARTY_COMMITTEE, BodyKinds.AGENCY_PARTY_COMMITTEE),
      entry("ĐUK", "Đảng ủy Khối", "bloc Party committee", OBSERVED,
          "49-KH/ĐUK (04/6/2018, Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế); 97-KH/ĐUK (30/7/2019)", false,
          BodyKinds.BLOC_PARTY_COMMITTEE),
      entry("BCSĐ", "Ban cán sự đảng", "Party affairs committee", OBSERVED,
          "19-KH/BCSĐ (18/7/2023, Ban cán sự đảng Bộ Giáo dục và Đào tạo)", false,
          BodyKinds.PARTY_AFFAIRS_COMMITTEE),
      entry("QH", "Quốc hội", "National Assembly", OFFICIAL,
          LAW_2015 + "; Luật số 113/2025/QH15 (10/12/2025)", true, BodyKinds.NATIONAL_ASSEMBLY),
      entry("UBTVQH", "Ủy ban Thường vụ Quốc hội", "National Assembly Standing Committee", OFFICIAL,
          LAW_2015 + "; Pháp lệnh 07/2025/PL-UBTVQH15 (3/6/2025)", true,
          BodyKinds.NATIONAL_ASSEMBLY_STANDING_COMMITTEE),
      entry("CP", "Chính phủ", "Government", OFFICIAL, LAW_2015 + "; Nghị định 30/2020/NĐ-CP (05/3/2020)", false,
          BodyKinds.GOVERNMENT),
      entry("TTg", "Thủ tướng Chính phủ", "Prime Minister", OBSERVED,
          "1679/QĐ-TTg (22/11/2019); 03/2023/QĐ-TTg (15/02/2023)", false, BodyKinds.PRIME_MINISTER),
      entry("HĐBT", "Hội đồng Bộ trưởng (1981–1992, nay là Chính phủ)",
          "Council of Ministers (1981–1992, now the Government)", OBSERVED,
          "Quyết định 72-HĐBT (13/3/1990); Quyết định 23-HĐBT (09/3/1989)", false, BodyKinds.GOVERNMENT),
      entry("CT", "Chủ tịch Hội đồng Bộ trưởng (1981–1992, nay là Thủ tướng Chính phủ), trong số dạng cũ",
          "Chairman of the Council of Ministers (1981–1992, now the Prime Minister), in numbers of the older form",
          OBSERVED, "Chỉ thị 192-CT (21/6/1988); Quyết định 136-CT (14/5/1989); Quyết định 315-CT (24/8/1992); "
              + "also the type code of a Chỉ thị, which comes first in a State symbol", false,
          BodyKinds.PRIME_MINISTER),
      entry("BYT", "Bộ Y tế", "Ministry of Health", OBSERVED, "01/2022/TT-BYT (10/01/2022); 7257/BYT-TCDS", false,
          BodyKinds.MINISTRY),
      entry("YT", "Bộ Y tế (dạng cũ)", "Ministry of Health (older form)", OBSERVED, "Nghị định 316-YT/NĐ (16/4/1958)",
          false, BodyKinds.MINISTRY),
      entry("HĐND", "Hội đồng nhân dân", "People's Council", OBSERVED,
          "77/2018/NQ-HĐND (HĐND tỉnh Lâm Đồng); 05/2019/NQ-HĐND", false, BodyKinds.PEOPLES_COUNCIL),
      entry("UBND", "Ủy ban nhân dân", "People's Committee", OBSERVED,
          "94/KH-UBND (2018, UBND TP Hà Nội); 723/QĐ-UBND (09/5/2018, UBND tỉnh Bắc Kạn)", false,
          BodyKinds.PEOPLES_COMMITTEE),
      entry("CTK", "Cục Thống kê (Bộ Tài chính)", "Statistics Office (Ministry of Finance)", OBSERVED,
          "687/QĐ-CTK (25/6/2025)", false, BodyKinds.MINISTRY_DEPARTMENT),
      entry("BTGTW", "Ban Tuyên giáo Trung ương", "Central Propaganda and Education Board", OBSERVED,
          "96-HD/BTGTW (22/02/2023), hoinongdanag.org.vn", false, BodyKinds.CENTRAL_PARTY_BOARD),
      entry("BTCTW", "Ban Tổ chức Trung ương", "Central Organisation Board", OBSERVED,
          "8011-CV/BTCTW (27/02/2025), cited in Kết luận 127-KL/TW", false, BodyKinds.CENTRAL_PARTY_BOARD),
      entry("VPCP", "Văn phòng Chính phủ", "Government Office", OBSERVED,
          "2694/VPCP-KGXV (28/4/2008), cited in Thông tư 05/2008/TT-BYT", false, BodyKinds.MINISTRY),
      entry("BNV", "Bộ Nội vụ", "Ministry of Home Affairs", OBSERVED,
          "03/2008/TTLT-BYT-BNV (25/4/2008); 10/2015/TTLT-BYT-BNV", false, BodyKinds.MINISTRY),
      entry("TCTK", "Tổng cục Thống kê", "General Statistics Office", OBSERVED,
          "1731/TCTK-TTDL (22/11/2021), cited in Thông tư 01/2022/TT-BYT; the Cục Thống kê writes CTK from 2025",
          false, BodyKinds.MINISTRY_DEPARTMENT),
      entry("SYT", "Sở Y tế", "provincial Department of Health", OBSERVED,
          "25/TTr-SYT (09/02/2018, Sở Y tế Sơn La); 227/TTr-SYT.DS (04/11/2009, Sở Y tế Hậu Giang, drafted by its "
              + "population unit)", false, BodyKinds.PROVINCIAL_DEPARTMENT),
      entry("SKHĐT", "Sở Kế hoạch và Đầu tư", "provincial Department of Planning and Investment", OBSERVED,
          "126/SKHĐT (23/01/2007, Ninh Thuận)", false, BodyKinds.PROVINCIAL_DEPARTMENT),
      entry("UBMTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Viet Nam Fatherland Front committee", OBSERVED,
          "01/QCPH/UBND-UBMTTQ (27/10/2017, Đắk Lắk), jointly with the People's Committee", false,
          BodyKinds.FATHERLAND_FRONT),
      entry("TCDS", "Tổng cục Dân số - Kế hoạch hóa gia đình", "General Office for Population and Family Planning",
          OBSERVED, "7257/BYT-TCDS, where it names the drafting unit of a Ministry of Health letter; "
              + "66/TCDS-KHTC (23/02/2021), its own letter", false,
          BodyKinds.GENERAL_OFFICE_FOR_POPULATION),
      // Below the People's Committee and beside it: departments, ministries, mass organisations, each with the real
      // number it was seen in (the page is in the real-text corpus of the tests).
      entry("SNV", "Sở Nội vụ", "provincial Department of Home Affairs", OBSERVED,
          "817/TTr-SNV (21/12/2021, Tây Ninh); 2608/SNV-TCBC (15/12/2008, Quảng Ninh)", false,
          BodyKinds.PROVINCIAL_DEPARTMENT),
      entry("STP", "Sở Tư pháp", "provincial Department of Justice", OBSERVED,
          "312/STP-KSTT (08/4/2014, Hà Tĩnh); 228/STP-XDVB (22/5/2014, Thái Nguyên)", false,
          BodyKinds.PROVINCIAL_DEPARTMENT),
      entry("STC", "Sở Tài chính", "provincial Department of Finance", OBSERVED,
          "237/TTr-STC (27/7/2018, Lạng Sơn); 160/TTr-STC (30/12/2022, Đắk Nông)", false,
          BodyKinds.PROVINCIAL_DEPARTMENT),
      entry("SNgV", "Sở Ngoại vụ", "provincial Department of Foreign Affairs", OBSERVED,
          "673/SNgV-VP (15/12/2009, An Giang)", false, BodyKinds.PROVINCIAL_DEPARTMENT),
      entry("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "provincial Department of Culture, Sports and Tourism",
          OBSERVED, "246/TTr-SVHTTDL (13/5/2013, Hòa Bình)", false, BodyKinds.PROVINCIAL_DEPARTMENT),
      entry("BTC", "Bộ Tài chính", "Ministry of Finance", OBSERVED,
          "15/2022/TT-BTC (04/3/2022); 01/2010/TTLT-UBDT-BTC (08/01/2010)", false, BodyKinds.MINISTRY),
      entry("BTP", "Bộ Tư pháp", "Ministry of Justice", OBSERVED, "05/2014/TT-BTP (07/02/2014)", false,
          BodyKinds.MINISTRY),
      entry("BGDĐT", "Bộ Giáo dục và Đào tạo", "Ministry of Education and Training", OBSERVED,
          "4555/BGDĐT-GDPT (05/8/2025); 55/2011/TTLT-BGDĐT-BTC", false, BodyKinds.MINISTRY),
      entry("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội", "Ministry of Labour, Invalids and Social Affairs",
          OBSERVED, "02/2021/TT-BLĐTBXH (24/6/2021)", false, BodyKinds.MINISTRY),
      entry("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism", OBSERVED,
          "2522/CT-BVHTTDL (26/7/2012); 389/QĐ-BVHTTDL (28/02/2022)", false, BodyKinds.MINISTRY),
      entry("UBDT", "Ủy ban Dân tộc", "Committee for Ethnic Minority Affairs", OBSERVED,
          "439/QĐ-UBDT (13/8/2015); 01/2021/TT-UBDT (01/11/2021)", false, BodyKinds.MINISTRY),
      entry("TWĐTN", "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "Central Committee of the Youth Union",
          OBSERVED, "225-KH/TWĐTN-CTTN (16/5/2024) and 26-CTr/TWĐTN-VP (19/5/2021), each with the drafting unit "
              + "after it; 298-KH/TWĐTN (14/7/2011)", false, BodyKinds.YOUTH_UNION),
      entry("MTTW", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Central Committee of the Fatherland Front",
          OBSERVED, "815/MTTW-BTT (17/4/2020)", false, BodyKinds.FATHERLAND_FRONT));

  private StandardIssuers() {}

  private static IssuerAbbreviation entry(String code, String vi, String en, Certainty certainty, String source,
      boolean termNumbered, BodyKind... kinds) {
    return IssuerAbbreviation.builder()
        .code(code)
        .name(vi, en)
        .addKinds(kinds)
        .termNumbered(termNumbered)
        .certainty(certainty)
        .source(source)
        .build();
  }
}
