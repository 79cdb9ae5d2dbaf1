package vn.danso.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.danso.data.DataRuleSet;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.text.LocalizedText;

/**
 * Reads the statistics office's published provincial tables (crude rates and average population), accounts for every
 * row, validates the provinces' figures and restates them for the 34 provinces of 2025 ({@link FiguresReport}).
 */
final class FiguresCommand implements Command {
  @Override
  public String name() {
    return "figures";
  }

  @Override
  public LocalizedText summary() {
    return LocalizedText.of("số liệu công bố theo tỉnh: kiểm tra và tính lại cho 34 tỉnh",
        "published provincial figures: checked and restated for the 34 provinces");
  }

  @Override
  public String usage() {
    return "RATES.csv POPULATION.csv [--year Y]";
  }

  @Override
  public int run(List<String> args, Console console) throws IOException {
    List<Path> files = new ArrayList<>();
    Integer year = null;
    try {
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (arg.equals("--year")) {
          year = Integer.parseInt(Command.optionValue(args, ++i, arg));
        } else if (arg.startsWith("--")) {
          throw new IllegalArgumentException("unknown option " + arg);
        } else {
          files.add(Path.of(arg));
        }
      }
      if (files.size() != 2) {
        throw new IllegalArgumentException("give the table of rates and the table of average population");
      }
    } catch (IllegalArgumentException e) {
      console.err().println(e.getMessage());
      console.err().println(console.t("Cách dùng: ", "Usage: ") + "figures " + usage());
      return 2;
    }
    DataRuleSet rules = DataRuleSet.builtIn(IndicatorCatalogue.builtIn());
    return FiguresReport.print(files, year, rules, console.language(), console.out());
  }
}
