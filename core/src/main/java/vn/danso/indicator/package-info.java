/**
 * Indicators of population work (chỉ tiêu dân số): the raw figures people collect, the indicators computed from them,
 * the periods they cover, the targets set for them, and how they add up the administrative hierarchy.
 *
 * <h2>Concepts</h2>
 * <ul>
 *   <li>A {@link vn.danso.indicator.DataElement} (phần tử dữ liệu) is a raw figure: live births, deaths, the average
 *       population, child marriages. Its values may be broken down by {@link vn.danso.indicator.Dimension}s (sex,
 *       age group, urban/rural); an {@link vn.danso.indicator.ElementKey} such as {@code births[male]} names one
 *       part, and {@link vn.danso.indicator.ElementValues} hold the figures of one unit and period.
 *   <li>An {@link vn.danso.indicator.IndicatorDefinition} (định nghĩa chỉ tiêu) says how an indicator is computed: a
 *       {@link vn.danso.indicator.Formula} of sums, differences and rates with their multiplier, in a
 *       {@link vn.danso.indicator.UnitOfMeasure}, reported with a number of decimals, with plausible and expected
 *       ranges, a {@link vn.danso.indicator.Polarity}, an {@link vn.danso.indicator.AggregationMethod} and its source.
 *   <li>A {@link vn.danso.indicator.Period} (kỳ báo cáo) is a year, quarter, month or phase: {@code 2023},
 *       {@code 2023Q1}, {@code 2023-01}, {@code 2021-2025}.
 *   <li>A {@link vn.danso.indicator.Target} (mục tiêu) is a value to reach by a year, set by a document; a
 *       {@link vn.danso.indicator.TargetAssessment} says whether an actual value has achieved it or is on track.
 *   <li>The {@link vn.danso.indicator.IndicatorCatalogue} holds elements, indicators and targets; its
 *       {@linkplain vn.danso.indicator.IndicatorCatalogue#builtIn() built-in} one carries the 2030 targets of
 *       Nghị quyết 21-NQ/TW and Quyết định 1679/QĐ-TTg.
 * </ul>
 *
 * <h2>Computing</h2>
 * <p>A catalogue compiles each indicator once into a {@link vn.danso.indicator.CompiledIndicator}, whose formula
 * evaluates over a {@code double[]} of inputs without allocating. Evaluation never throws on bad figures: missing,
 * NaN or infinite inputs and zero denominators give an {@link vn.danso.indicator.IndicatorResult} without a value
 * that says why, and turns into findings. A {@link vn.danso.indicator.ReportedValue} keeps the decimals it was reported
 * with and matches a computed value within half a unit of its last decimal, decided exactly at the boundary.
 *
 * <h2>Aggregating</h2>
 * <p>An {@link vn.danso.indicator.Aggregation} sums the leaves' figures up a tree given by a children function (the
 * hierarchy's view at a date); indicators computed on the sums are ratios of sums, never means of rates.
 *
 * <pre>{@code
 * IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
 * CompiledIndicator srb = catalogue.compile("SRB");
 * IndicatorResult anMinh = srb.evaluate(ElementValues.builder()
 *     .put("births[male]", 538).put("births[female]", 535).build());
 * anMinh.matches(ReportedValue.parse("100,6", Language.VI));   // true: 100,5607… rounds to 100,6
 * Target target = catalogue.targets(IndicatorCode.of("SRB")).get(0);   // < 109 by 2030, QĐ 1679/QĐ-TTg
 * target.assess(Observation.of(2019, 111.5)).status();                  // NOT_ACHIEVED
 * }</pre>
 *
 * <p>Findings carry rule ids of the group {@code indicator} ({@link vn.danso.indicator.IndicatorRules}).
 */
package vn.danso.indicator;
