package vn.danso.examples;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.HierarchyResult;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.network.Network;
import vn.danso.network.NetworkCoverage;
import vn.danso.network.NetworkValidator;
import vn.danso.text.TextTable;

/**
 * Seed 004's population network in Hải Dương: steering committees at each level and collaborators per residential
 * group, checked against the map of the day, with its coverage per ward.
 */
@Command(name = "network", description = "Hải Dương's population network (seed 004): steering committees, a "
    + "collaborator per residential group, checked against the map of the day.")
final class NetworkCommand implements Callable<Integer> {
  private final Console console;

  NetworkCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    print(console);
    return ExitStatus.VALID;
  }

  /** Prints the network section; the tour calls it too. */
  static void print(Console console) {
    PrintStream out = console.out();
    HierarchyResult map = SeedNetwork.map();
    HierarchySnapshot day = map.hierarchy().asOf(SeedNetwork.DAY);
    Network network = SeedNetwork.network();
    out.println(console.t(
        "Mạng lưới làm công tác dân số tỉnh Hải Dương, ngày 09/11/2021 (giai đoạn 2021–2025 của Đề án)",
        "Hải Dương's population network on 2021-11-09 (the scheme's 2021–2025 phase)"));
    SeedNetwork.illustrativeNote(console).forEach(line -> out.println("  " + line));
    out.println();
    NetworkCoverage coverage = NetworkCoverage.of(network, day);
    TextTable.Builder table = TextTable.builder().column(console.t("Xã, phường", "Commune"))
        .rightAlignedColumn(console.t("Tổ dân phố", "Groups")).rightAlignedColumn(console.t("Có CTV", "Covered"))
        .rightAlignedColumn(console.t("CTV", "Collab.")).rightAlignedColumn(console.t("Kiêm GĐ-TE", "Also family"))
        .column(console.t("Ban chỉ đạo", "Committee"));
    for (NetworkCoverage.CommuneRow row : coverage.communes()) {
      table.row(row.name() + " [" + row.code() + "]", row.villages(), row.coveredVillages(), row.collaborators(),
          row.alsoFamilyAndChildren(), row.hasCommittee() ? console.t("có", "yes") : console.t("chưa", "not yet"));
    }
    out.print(table.build().format(2));
    out.printf("  %s %d/%d;%n  %s %d/%d, %d/%d, %d/%d%n",
        console.t("Tổ dân phố có cộng tác viên:", "Groups with a collaborator:"),
        coverage.coveredVillages(), coverage.villages(),
        console.t("ban chỉ đạo cấp tỉnh, huyện, xã:", "steering committees at province, district, commune level:"),
        coverage.unitsWithCommittee(AdministrativeLevel.PROVINCE), coverage.unitsAt(AdministrativeLevel.PROVINCE),
        coverage.unitsWithCommittee(AdministrativeLevel.DISTRICT), coverage.unitsAt(AdministrativeLevel.DISTRICT),
        coverage.unitsWithCommittee(AdministrativeLevel.COMMUNE), coverage.unitsAt(AdministrativeLevel.COMMUNE));
    out.println();
    out.print(NetworkValidator.asOf(day).validate(network).format(console.language()));
  }
}
