package vn.danso.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitRow;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.data.DataKey;
import vn.danso.data.Dataset;
import vn.danso.data.UnitTree;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;

/**
 * A realistic national dataset for the data engine's benchmarks: the monthly reports of 2024 of every commune and
 * district of Viet Nam at its size of 1/3/2025 (63 provinces, 696 districts of which 5 have no communes, 10.047
 * communes), 40 figures each: 31 counts (population by sex and broad age group, births and deaths by sex and
 * residence, married women and contraceptive users, pregnant women screened, newborns screened, marriages, child and
 * consanguineous marriages, couples counselled, the elderly and those insured, by sex) and 9 indicators computed from
 * them and reported with one decimal (SRB, CBR, CDR, CPR, prenatal and newborn screening, premarital counselling,
 * elderly health insurance, sex ratio). District figures are the sums of their communes'.
 *
 * <p>About 1 % of the values then get a defect of a kind seen in real reports: a count off by a few, NaN, a negative
 * or fractional count, an absurd magnitude, a mistyped indicator, a key reported twice. The province codes are the real
 * ones; district and commune codes, sizes and figures are made up (drawn with a fixed seed), so anyone can
 * reproduce the dataset. Its cells are also laid out in plain arrays, exactly as the dataset orders them, for the
 * hand-written baseline.
 */
public final class NationalDataset {
  /** Districts and communes on 1/3/2025 (Cục Thống kê); 5 island districts have no communes. */
  public static final int DISTRICTS = 696;
  /** Communes (xã, phường, thị trấn) on 1/3/2025. */
  public static final int COMMUNES = 10_047;
  /** Months of one year. */
  public static final int MONTHS = 12;
  /** The share of values given a defect. */
  public static final double DEFECT_RATE = 0.01;

  /** The 31 counts. */
  static final String[] COUNTS = {
      "births", "births[female]", "births[male]", "births[rural]", "births[urban]",
      "couples.premarital-counselled",
      "deaths", "deaths[female]", "deaths[male]", "deaths[rural]", "deaths[urban]",
      "elderly", "elderly[female]", "elderly[male]",
      "elderly.health-insured", "elderly.health-insured[female]", "elderly.health-insured[male]",
      "marriages", "marriages.child", "marriages.consanguineous",
      "newborns.screened",
      "population.average", "population.average[0-14]", "population.average[15-64]", "population.average[65+]",
      "population.average[female]", "population.average[male]",
      "pregnant-women", "pregnant-women.screened",
      "women.married-15-49", "women.married-15-49.contraceptive-users"};

  /** The 9 indicators, each with the numerator and denominator keys and the multiplier of its formula. */
  static final String[][] INDICATORS = {
      {"CBR", "births", "population.average", "1000"},
      {"CDR", "deaths", "population.average", "1000"},
      {"CPR", "women.married-15-49.contraceptive-users", "women.married-15-49", "100"},
      {"ELDERLY_HEALTH_INSURANCE", "elderly.health-insured", "elderly", "100"},
      {"NEWBORN_SCREENING", "newborns.screened", "births", "100"},
      {"PREMARITAL_COUNSELLING", "couples.premarital-counselled", "marriages", "100"},
      {"PRENATAL_SCREENING", "pregnant-women.screened", "pregnant-women", "100"},
      {"SEX_RATIO", "population.average[male]", "population.average[female]", "100"},
      {"SRB", "births[male]", "births[female]", "100"}};

  /** The units in the dataset's order: districts, then communes, each by code. */
  public final List<UnitCode> units = new ArrayList<>();
  /** The keys in the dataset's order. */
  public final List<DataKey> keys = new ArrayList<>();
  /** The 12 months of 2024. */
  public final List<Period> periods = Period.year(2024).parts(PeriodType.MONTH);
  /** Per key, per cell ({@code unit × 12 + month}): the value, zero where not reported. */
  public final double[][] columns;
  /** Per key: a bit per cell, set where reported. */
  public final long[][] present;
  /** Per district (in {@link #units} order, first {@link #DISTRICTS} units): its communes' first and end unit. */
  public final int[][] communesOf;
  /** Values given a second time: unit index, month, key index, value. */
  public final List<double[]> duplicates = new ArrayList<>();
  /** The dataset. */
  public final Dataset dataset;
  /** The tree below VN: provinces, districts, communes. */
  public final UnitTree tree;
  /** How many values were given a defect. */
  public final int defects;

  /**
   * Generates the dataset with {@link #DEFECT_RATE} of its values defective.
   *
   * @param seed the seed of every random draw
   */
  public NationalDataset(long seed) {
    this(seed, DEFECT_RATE);
  }

  /**
   * Generates the dataset.
   *
   * @param seed the seed of every random draw
   * @param defectRate the share of values given a defect
   */
  public NationalDataset(long seed, double defectRate) {
    SplittableRandom random = new SplittableRandom(seed);
    List<UnitRow> provinceRows = VietnamCatalogue.provinces();
    Map<UnitCode, List<UnitCode>> below = new HashMap<>();
    List<UnitCode> provinces = new ArrayList<>();
    provinceRows.forEach(p -> provinces.add(UnitCode.of(p.code())));
    below.put(UnitCode.of("VN"), provinces);
    int[] districtsPerProvince = split(random, DISTRICTS, provinces.size(), 1);
    int[] communesPerDistrict = split(random, COMMUNES, DISTRICTS - 5, 1);
    List<UnitCode> districts = new ArrayList<>();
    List<UnitCode> communes = new ArrayList<>();
    this.communesOf = new int[DISTRICTS][];
    boolean[] island = new boolean[DISTRICTS];
    for (int i = 0; i < 5; i++) {
      island[7 + 139 * i] = true;
    }
    int d = 0;
    int c = 0;
    int withCommunes = 0;
    for (int p = 0; p < provinces.size(); p++) {
      List<UnitCode> mine = new ArrayList<>();
      for (int i = 0; i < districtsPerProvince[p]; i++, d++) {
        UnitCode district = UnitCode.of(String.format("%03d", d + 1));
        mine.add(district);
        districts.add(district);
        int n = island[d] ? 0 : communesPerDistrict[withCommunes++];
        List<UnitCode> theirs = new ArrayList<>();
        communesOf[d] = new int[] {DISTRICTS + c, DISTRICTS + c + n};
        for (int k = 0; k < n; k++, c++) {
          UnitCode commune = UnitCode.of(String.format("%05d", c + 1));
          theirs.add(commune);
          communes.add(commune);
        }
        below.put(district, theirs);
      }
      below.put(provinces.get(p), mine);
    }
    units.addAll(districts);
    units.addAll(communes);
    for (String key : COUNTS) {
      keys.add(DataKey.parse(key));
    }
    for (String[] indicator : INDICATORS) {
      keys.add(DataKey.parse(indicator[0]));
    }
    java.util.Collections.sort(keys);
    int cells = units.size() * MONTHS;
    columns = new double[keys.size()][cells];
    present = new long[keys.size()][(cells + 63) / 64];
    for (int u = DISTRICTS; u < units.size(); u++) {
      communeFigures(random, u);
    }
    for (int district = 0; district < DISTRICTS; district++) {
      if (island[district]) {
        // A district without communes reports its own figures, as a commune does.
        communeFigures(random, district);
        continue;
      }
      for (String count : COUNTS) {
        int k = key(count);
        for (int m = 0; m < MONTHS; m++) {
          double sum = 0;
          for (int u = communesOf[district][0]; u < communesOf[district][1]; u++) {
            sum += columns[k][u * MONTHS + m];
          }
          set(k, district * MONTHS + m, sum);
        }
      }
    }
    for (int u = 0; u < units.size(); u++) {
      for (int m = 0; m < MONTHS; m++) {
        indicators(u * MONTHS + m);
      }
    }
    this.defects = corrupt(random, defectRate);
    this.dataset = build();
    this.tree = UnitTree.of(UnitCode.of("VN"), u -> below.getOrDefault(u, List.of()));
  }

  /**
   * Returns the component sums the built-in checks make of this dataset's keys, as column indexes: each row is a total
   * followed by its parts (births = boys + girls = urban + rural, and so on).
   */
  int[][] componentSums() {
    return new int[][] {
        keys("births", "births[male]", "births[female]"),
        keys("births", "births[urban]", "births[rural]"),
        keys("deaths", "deaths[male]", "deaths[female]"),
        keys("deaths", "deaths[urban]", "deaths[rural]"),
        keys("population.average", "population.average[male]", "population.average[female]"),
        keys("population.average", "population.average[0-14]", "population.average[15-64]",
            "population.average[65+]"),
        keys("elderly", "elderly[male]", "elderly[female]"),
        keys("elderly.health-insured", "elderly.health-insured[male]", "elderly.health-insured[female]")};
  }

  private int[] keys(String... keys) {
    return java.util.Arrays.stream(keys).mapToInt(this::key).toArray();
  }

  /** Splits a total into parts of at least a minimum, at random but not too unevenly. */
  private static int[] split(SplittableRandom random, int total, int parts, int minimum) {
    double[] weights = new double[parts];
    double sum = 0;
    for (int i = 0; i < parts; i++) {
      weights[i] = 0.4 + random.nextDouble();
      sum += weights[i];
    }
    int[] out = new int[parts];
    int given = 0;
    for (int i = 0; i < parts; i++) {
      out[i] = Math.max(minimum, (int) (weights[i] / sum * (total - minimum * parts)) + minimum);
      given += out[i];
    }
    for (int i = 0; given != total; i = (i + 1) % parts) {
      if (given < total) {
        out[i]++;
        given++;
      } else if (out[i] > minimum) {
        out[i]--;
        given--;
      }
    }
    return out;
  }

  private final Map<String, Integer> keyIndex = new HashMap<>();

  int key(String key) {
    return keyIndex.computeIfAbsent(key, k -> keys.indexOf(DataKey.parse(k)));
  }

  private void set(int key, int cell, double value) {
    columns[key][cell] = value;
    present[key][cell >>> 6] |= 1L << cell;
  }

  private void set(String key, int cell, double value) {
    set(key(key), cell, value);
  }

  /** A commune's monthly figures: a population of some thousands, and rates near the national ones. */
  private void communeFigures(SplittableRandom random, int unit) {
    double population = Math.exp(Math.log(8_000) + 0.6 * random.nextGaussian());
    double urban = random.nextDouble() < 0.25 ? 0.6 + 0.4 * random.nextDouble() : 0.1 * random.nextDouble();
    for (int m = 0; m < MONTHS; m++) {
      int cell = unit * MONTHS + m;
      long pop = Math.round(population * (1 + 0.0008 * m));
      long men = Math.round(pop * (0.49 + 0.01 * random.nextDouble()));
      long young = Math.round(pop * (0.2 + 0.08 * random.nextDouble()));
      long old = Math.round(pop * (0.07 + 0.05 * random.nextDouble()));
      set("population.average", cell, pop);
      set("population.average[male]", cell, men);
      set("population.average[female]", cell, pop - men);
      set("population.average[0-14]", cell, young);
      set("population.average[65+]", cell, old);
      set("population.average[15-64]", cell, pop - young - old);
      long births = Math.max(1, Math.round(pop * 0.0135 / 12 * (0.7 + 0.6 * random.nextDouble())));
      long boys = Math.round(births * (0.5 + 0.06 * random.nextDouble()));
      long urbanBirths = Math.round(births * urban);
      parts("births", cell, births, boys, urbanBirths);
      long deaths = Math.round(pop * 0.0066 / 12 * (0.5 + random.nextDouble()));
      parts("deaths", cell, deaths, Math.round(deaths * 0.55), Math.round(deaths * urban));
      long married = Math.round(pop * (0.17 + 0.04 * random.nextDouble()));
      set("women.married-15-49", cell, married);
      set("women.married-15-49.contraceptive-users", cell, Math.round(married * (0.65 + 0.15 * random.nextDouble())));
      long pregnant = Math.max(1, Math.round(births * (7 + 2 * random.nextDouble())));
      set("pregnant-women", cell, pregnant);
      set("pregnant-women.screened", cell, Math.round(pregnant * (0.4 + 0.5 * random.nextDouble())));
      set("newborns.screened", cell, Math.round(births * (0.5 + 0.5 * random.nextDouble())));
      long marriages = Math.max(1, Math.round(pop * 0.0065 / 12 * (0.5 + random.nextDouble())));
      set("marriages", cell, marriages);
      set("marriages.child", cell, random.nextDouble() < 0.1 ? 1 : 0);
      set("marriages.consanguineous", cell, random.nextDouble() < 0.02 ? 1 : 0);
      set("couples.premarital-counselled", cell, Math.round(marriages * (0.6 + 0.4 * random.nextDouble())));
      long elderly = Math.round(pop * (0.1 + 0.06 * random.nextDouble()));
      long oldMen = Math.round(elderly * 0.42);
      set("elderly", cell, elderly);
      set("elderly[male]", cell, oldMen);
      set("elderly[female]", cell, elderly - oldMen);
      long insured = Math.round(elderly * (0.85 + 0.15 * random.nextDouble()));
      long insuredMen = Math.min(oldMen, Math.round(insured * 0.42));
      set("elderly.health-insured", cell, insured);
      set("elderly.health-insured[male]", cell, insuredMen);
      set("elderly.health-insured[female]", cell, insured - insuredMen);
    }
  }

  /** A total and its parts by sex and by residence. */
  private void parts(String element, int cell, long total, long male, long urban) {
    set(element, cell, total);
    set(element + "[male]", cell, male);
    set(element + "[female]", cell, total - male);
    set(element + "[urban]", cell, urban);
    set(element + "[rural]", cell, total - urban);
  }

  /** Each indicator, computed from the cell's counts and rounded to one decimal; left out when undefined. */
  private void indicators(int cell) {
    for (String[] indicator : INDICATORS) {
      double numerator = columns[key(indicator[1])][cell];
      double denominator = columns[key(indicator[2])][cell];
      if (denominator != 0) {
        double value = numerator * Double.parseDouble(indicator[3]) / denominator;
        set(indicator[0], cell, Math.round(value * 10) / 10.0);
      }
    }
  }

  /** Gives about the given share of the values a defect; returns how many. */
  private int corrupt(SplittableRandom random, double rate) {
    int count = 0;
    int cells = units.size() * MONTHS;
    for (int k = 0; k < keys.size(); k++) {
      boolean indicator = keys.get(k).isIndicator();
      for (int cell = 0; cell < cells; cell++) {
        if ((present[k][cell >>> 6] & (1L << cell)) == 0 || random.nextDouble() >= rate) {
          continue;
        }
        count++;
        double v = columns[k][cell];
        int kind = random.nextInt(100);
        if (kind < 45) {
          columns[k][cell] = indicator ? v + (random.nextBoolean() ? 1 : -1) * (0.2 + random.nextInt(30) / 10.0)
              : Math.max(0, v + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(20)));
        } else if (kind < 55) {
          columns[k][cell] = Double.NaN;
        } else if (kind < 65) {
          columns[k][cell] = indicator ? v + 3 : -1 - v;
        } else if (kind < 75) {
          columns[k][cell] = v + 0.5;
        } else if (kind < 80) {
          columns[k][cell] = v * 1_000_000_000;
        } else if (kind < 95) {
          columns[k][cell] = v * 10;
        } else {
          duplicates.add(new double[] {cell / MONTHS, cell % MONTHS, k, v + 1 + random.nextInt(5)});
        }
      }
    }
    return count;
  }

  private Dataset build() {
    Dataset.Builder builder = Dataset.builder();
    int cells = units.size() * MONTHS;
    for (int cell = 0; cell < cells; cell++) {
      UnitCode unit = units.get(cell / MONTHS);
      Period period = periods.get(cell % MONTHS);
      for (int k = 0; k < keys.size(); k++) {
        if ((present[k][cell >>> 6] & (1L << cell)) != 0) {
          builder.add(unit, period, keys.get(k), columns[k][cell], keys.get(k).isIndicator() ? 1 : -1);
        }
      }
    }
    for (double[] duplicate : duplicates) {
      builder.add(units.get((int) duplicate[0]), periods.get((int) duplicate[1]), keys.get((int) duplicate[2]),
          duplicate[3]);
    }
    return builder.build();
  }

  /**
   * Returns the number of values, duplicates included.
   *
   * @return the dataset's size
   */
  public int values() {
    return dataset.size();
  }

  @Override
  public String toString() {
    return "NationalDataset[" + units.size() + " units, " + keys.size() + " keys, " + MONTHS + " months, "
        + dataset.size() + " values, " + defects + " defects]";
  }

  static boolean sameLayout(NationalDataset data) {
    return data.dataset.units().equals(data.units) && data.dataset.keys().equals(data.keys)
        && data.dataset.periods().equals(data.periods) && Arrays.stream(data.columns).allMatch(c -> c.length > 0);
  }
}
