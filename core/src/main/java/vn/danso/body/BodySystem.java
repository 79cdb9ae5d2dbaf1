package vn.danso.body;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * The system an issuing body belongs to (hệ thống): the Party, the State, the population sector, the inter-sector
 * steering committees or the Fatherland Front and mass organisations.
 *
 * <p>The system decides which numbering rules the body's documents follow: Party bodies number as Hướng dẫn
 * 36-HD/VPTW (03/4/2018) says, State bodies as Nghị định 30/2020/NĐ-CP and, for legal normative documents, the Law
 * on legal normative documents. The mapping lives in the document package's numbering rules, as data.
 */
public enum BodySystem implements Localized {
  /** The Communist Party of Viet Nam: its committees, standing boards, advisory bodies and Party cells. */
  PARTY("hệ thống Đảng", "Communist Party of Viet Nam"),
  /** State bodies: National Assembly, Government, ministries, People's Councils and Committees, departments. */
  STATE("cơ quan nhà nước", "State bodies"),
  /**
   * The population sector (ngành dân số): Cục Dân số of the Ministry of Health, the provincial Chi cục Dân số,
   * district health centres and commune health stations. They are State bodies of the health sector, kept apart
   * because they carry out population work.
   */
  POPULATION_SECTOR("ngành dân số", "population sector"),
  /** Inter-sector steering committees (ban chỉ đạo liên ngành), such as those for population work at each level. */
  INTER_SECTOR("ban chỉ đạo liên ngành", "inter-sector steering committees"),
  /**
   * The Fatherland Front and the mass organisations (Mặt trận Tổ quốc và các đoàn thể): Women's Union, Youth Union,
   * Veterans' Association, Farmers' Union.
   */
  MASS_ORGANISATION("Mặt trận Tổ quốc và đoàn thể", "Fatherland Front and mass organisations");

  private final LocalizedText label;

  BodySystem(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
