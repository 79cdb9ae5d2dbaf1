package vn.danso.document;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * A type of document (loại văn bản): the Party's types (as listed under Quyết định 31-QĐ/TW of 01/10/1997),
 * the State's administrative types (Nghị định 30/2020/NĐ-CP, Phụ lục III) and the legal normative types (Luật Ban
 * hành văn bản quy phạm pháp luật). The same type may be abbreviated differently by each family: a Quy định is
 * {@code QĐ} for the Party and {@code QyĐ} for the State; see {@link TypeAbbreviation}.
 */
public enum DocumentType implements Localized {
  /** Cương lĩnh chính trị: political platform of the Party. */
  PLATFORM("Cương lĩnh", "platform"),
  /** Điều lệ: charter. */
  CHARTER("Điều lệ", "charter"),
  /** Chiến lược: strategy. */
  STRATEGY("Chiến lược", "strategy"),
  /** Nghị quyết: resolution. */
  RESOLUTION("Nghị quyết", "resolution"),
  /** Quyết định: decision. */
  DECISION("Quyết định", "decision"),
  /** Chỉ thị: directive. */
  DIRECTIVE("Chỉ thị", "directive"),
  /** Kết luận: conclusion. */
  CONCLUSION("Kết luận", "conclusion"),
  /** Quy chế: rules of procedure. */
  RULES("Quy chế", "rules of procedure"),
  /** Quy định: regulation. */
  REGULATION("Quy định", "regulation"),
  /** Thông tri: circular notice of the Party. */
  CIRCULAR_NOTICE("Thông tri", "circular notice"),
  /** Hướng dẫn: guidance. */
  GUIDANCE("Hướng dẫn", "guidance"),
  /** Thông báo: notice. */
  NOTICE("Thông báo", "notice"),
  /** Thông cáo: communiqué. */
  COMMUNIQUE("Thông cáo", "communiqué"),
  /** Tuyên bố: declaration. */
  DECLARATION("Tuyên bố", "declaration"),
  /** Lời kêu gọi: appeal. */
  APPEAL("Lời kêu gọi", "appeal"),
  /** Báo cáo: report. */
  REPORT("Báo cáo", "report"),
  /** Kế hoạch: plan. */
  PLAN("Kế hoạch", "plan"),
  /** Quy hoạch: master plan. */
  MASTER_PLAN("Quy hoạch", "master plan"),
  /** Chương trình (including chương trình hành động): programme. */
  PROGRAMME("Chương trình", "programme"),
  /** Đề án: scheme. */
  SCHEME("Đề án", "scheme"),
  /** Phương án: option plan. */
  OPTION_PLAN("Phương án", "option plan"),
  /** Dự án: project. */
  PROJECT("Dự án", "project"),
  /** Tờ trình: submission. */
  SUBMISSION("Tờ trình", "submission"),
  /** Công văn: official letter; State letters carry no type abbreviation. */
  OFFICIAL_LETTER("Công văn", "official letter"),
  /** Biên bản: minutes. */
  MINUTES("Biên bản", "minutes"),
  /** Hợp đồng: contract. */
  CONTRACT("Hợp đồng", "contract"),
  /** Công điện: official dispatch. */
  DISPATCH("Công điện", "official dispatch"),
  /** Bản ghi nhớ: memorandum of understanding. */
  MEMORANDUM("Bản ghi nhớ", "memorandum of understanding"),
  /** Bản thỏa thuận: agreement. */
  AGREEMENT("Bản thỏa thuận", "agreement"),
  /** Giấy ủy quyền: power of attorney. */
  POWER_OF_ATTORNEY("Giấy ủy quyền", "power of attorney"),
  /** Giấy mời: invitation. */
  INVITATION("Giấy mời", "invitation"),
  /** Giấy giới thiệu: letter of introduction. */
  INTRODUCTION("Giấy giới thiệu", "letter of introduction"),
  /** Giấy nghỉ phép: leave permit. */
  LEAVE_PERMIT("Giấy nghỉ phép", "leave permit"),
  /** Phiếu gửi: dispatch slip. */
  DISPATCH_SLIP("Phiếu gửi", "dispatch slip"),
  /** Phiếu chuyển: transfer slip. */
  TRANSFER_SLIP("Phiếu chuyển", "transfer slip"),
  /** Phiếu báo: notification slip. */
  NOTIFICATION_SLIP("Phiếu báo", "notification slip"),
  /** Bản sao (Party): copy. */
  COPY("Bản sao", "copy"),
  /** Bản sao y: certified true copy. */
  CERTIFIED_COPY("Bản sao y", "certified true copy"),
  /** Bản trích sao: extract copy. */
  EXTRACT_COPY("Bản trích sao", "extract copy"),
  /** Bản sao lục: transcribed copy. */
  TRANSCRIBED_COPY("Bản sao lục", "transcribed copy"),
  /** Hiến pháp: constitution. */
  CONSTITUTION("Hiến pháp", "constitution"),
  /** Luật: law. */
  LAW("Luật", "law"),
  /** Bộ luật: code of law. */
  CODE("Bộ luật", "code of law"),
  /** Pháp lệnh: ordinance of the National Assembly Standing Committee. */
  ORDINANCE("Pháp lệnh", "ordinance"),
  /** Lệnh: order of the President. */
  ORDER("Lệnh", "order"),
  /** Nghị định: decree of the Government. */
  DECREE("Nghị định", "decree"),
  /** Thông tư: circular of a minister. */
  CIRCULAR("Thông tư", "circular"),
  /** Thông tư liên tịch: joint circular. */
  JOINT_CIRCULAR("Thông tư liên tịch", "joint circular"),
  /**
   * Văn bản hợp nhất: a consolidated text, an act merged with its amendments and numbered by the body that
   * consolidates it ({@code 14/VBHN-VPQH}, {@code 05/VBHN-BGDĐT}).
   */
  CONSOLIDATED_TEXT("Văn bản hợp nhất", "consolidated text");

  private final LocalizedText name;

  DocumentType(String vi, String en) {
    this.name = LocalizedText.of(vi, en);
  }

  /**
   * Returns the type's name in both languages.
   *
   * @return the name, e.g. "Kế hoạch" / "plan"
   */
  public LocalizedText typeName() {
    return name;
  }

  @Override
  public String label(Language language) {
    return name.get(language);
  }
}
