package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danso.validation.ValidationReport;

/**
 * A catalogue of data elements, indicator definitions and targets (danh mục chỉ tiêu): the
 * {@linkplain #builtIn() built-in one} of Nghị quyết 21-NQ/TW and Quyết định 1679/QĐ-TTg, or your own, or the
 * built-in one extended with yours.
 *
 * <p>A catalogue may hold defects, because catalogues are data: {@link #validate()} reports formulas that read unknown
 * elements or indicators, derived indicators that depend on each other in a cycle, a unit that contradicts its
 * formula's multiplier, duplicate codes, missing names, and targets for unknown indicators. Lookups by code return
 * the first definition with that code. {@link #compile} gives the indicators ready to compute; an indicator whose
 * references cannot be resolved (unknown or cyclic) cannot be compiled.
 *
 * <p>Immutable and thread-safe; every compilable indicator is compiled once, when the catalogue is built. The
 * built-in catalogue's targets are built on the first call to {@link #targets()}, so a program that never asks for
 * one does not pay for them.
 */
public final class IndicatorCatalogue {
  private static final IndicatorCatalogue BUILT_IN = new IndicatorCatalogue(
      BuiltInElements.ALL, BuiltInIndicators.ALL, null);

  private final ImmutableList<DataElement> elements;
  private final ImmutableList<IndicatorDefinition> indicators;
  /**
   * The targets, or null for the built-in catalogue's, which {@link BuiltInTargets} builds when first asked for: that
   * saves a cold start their cost.
   */
  private final ImmutableList<Target> targets;
  private final ImmutableMap<ElementCode, DataElement> elementsByCode;
  private final ImmutableMap<IndicatorCode, IndicatorDefinition> indicatorsByCode;
  private final ImmutableMap<IndicatorCode, CompiledIndicator> compiled;
  private final ImmutableMap<IndicatorCode, String> uncompilable;

  private IndicatorCatalogue(ImmutableList<DataElement> elements, ImmutableList<IndicatorDefinition> indicators,
      ImmutableList<Target> targets) {
    this.elements = elements;
    this.indicators = indicators;
    this.targets = targets;
    Map<ElementCode, DataElement> byElement = new LinkedHashMap<>();
    for (DataElement e : elements) {
      byElement.putIfAbsent(e.code(), e);
    }
    this.elementsByCode = ImmutableMap.copyOf(byElement);
    Map<IndicatorCode, IndicatorDefinition> byIndicator = new LinkedHashMap<>();
    for (IndicatorDefinition i : indicators) {
      byIndicator.putIfAbsent(i.code(), i);
    }
    this.indicatorsByCode = ImmutableMap.copyOf(byIndicator);
    Map<IndicatorCode, CompiledIndicator> ok = new HashMap<>();
    Map<IndicatorCode, String> failed = new LinkedHashMap<>();
    compileAll(ok, failed);
    ImmutableMap.Builder<IndicatorCode, CompiledIndicator> inOrder = ImmutableMap.builder();
    for (IndicatorCode c : indicatorsByCode.keySet()) {
      CompiledIndicator indicator = ok.get(c);
      if (indicator != null) {
        inOrder.put(c, indicator);
      }
    }
    this.compiled = inOrder.build();
    this.uncompilable = ImmutableMap.copyOf(failed);
  }

  /**
   * Returns the built-in catalogue: the indicators of population work with the 2030 targets of Nghị quyết 21-NQ/TW
   * (25/10/2017) and Quyết định 1679/QĐ-TTg (22/11/2019). Its formulas for screening, premarital counselling,
   * contraceptive prevalence and health-insurance coverage are working definitions (see
   * {@link FormulaStatus#WORKING_DEFINITION}); its plausible and expected ranges are danso's judgement.
   *
   * @return the built-in catalogue
   */
  public static IndicatorCatalogue builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of catalogues
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns every data element, in the order added (duplicates included).
   *
   * @return the elements
   */
  public ImmutableList<DataElement> elements() {
    return elements;
  }

  /**
   * Returns every indicator definition, in the order added (duplicates included).
   *
   * @return the definitions
   */
  public ImmutableList<IndicatorDefinition> indicators() {
    return indicators;
  }

  /**
   * Returns every target, in the order added.
   *
   * @return the targets
   */
  public ImmutableList<Target> targets() {
    return targets == null ? BuiltInTargets.all() : targets;
  }

  /**
   * Returns the targets set for an indicator.
   *
   * @param code the indicator's code
   * @return the targets, in the order added
   */
  public ImmutableList<Target> targets(IndicatorCode code) {
    checkNotNull(code, "code is null");
    return targets().stream().filter(t -> t.indicator().equals(code)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the data element with the given code.
   *
   * @param code the code
   * @return the first element with it, or empty
   */
  public Optional<DataElement> element(ElementCode code) {
    return Optional.ofNullable(elementsByCode.get(checkNotNull(code, "code is null")));
  }

  /**
   * Returns the data element with the given code.
   *
   * @param code the code's text, e.g. {@code "births"}
   * @return the first element with it, or empty (also for text that is not a code)
   */
  public Optional<DataElement> element(String code) {
    return ElementCode.tryParse(code).flatMap(this::element);
  }

  /**
   * Returns the indicator with the given code.
   *
   * @param code the code
   * @return the first definition with it, or empty
   */
  public Optional<IndicatorDefinition> indicator(IndicatorCode code) {
    return Optional.ofNullable(indicatorsByCode.get(checkNotNull(code, "code is null")));
  }

  /**
   * Returns the indicator with the given code.
   *
   * @param code the code's text, e.g. {@code "SRB"}
   * @return the first definition with it, or empty (also for text that is not a code)
   */
  public Optional<IndicatorDefinition> indicator(String code) {
    return IndicatorCode.tryParse(code).flatMap(this::indicator);
  }

  /**
   * Returns the indicator ready to compute.
   *
   * @param code the indicator's code
   * @return the compiled indicator
   * @throws IllegalArgumentException if the catalogue has no such indicator
   * @throws IllegalStateException if its formula reads an unknown indicator, depends on itself or is too deep:
   *     {@link #validate()} says which
   */
  public CompiledIndicator compile(IndicatorCode code) {
    checkNotNull(code, "code is null");
    checkArgument(indicatorsByCode.containsKey(code), "the catalogue has no indicator %s", code);
    CompiledIndicator indicator = compiled.get(code);
    if (indicator == null) {
      throw new IllegalStateException(
          "indicator " + code + " cannot be compiled: " + uncompilable.get(code) + "; run validate() for details");
    }
    return indicator;
  }

  /**
   * Returns the indicator ready to compute.
   *
   * @param code the indicator's code, e.g. {@code "SRB"}
   * @return the compiled indicator
   * @throws IllegalArgumentException if the text is not a code or the catalogue has no such indicator
   * @throws IllegalStateException if the indicator cannot be compiled
   */
  public CompiledIndicator compile(String code) {
    return compile(IndicatorCode.of(code));
  }

  /**
   * Returns every indicator that compiles, by code, in the order defined.
   *
   * @return the compiled indicators
   */
  public ImmutableMap<IndicatorCode, CompiledIndicator> compiled() {
    return compiled;
  }

  /**
   * Checks the catalogue: see the class description for what is reported.
   *
   * @return the findings; empty for a sound catalogue
   */
  public ValidationReport validate() {
    return CatalogueValidator.validate(this);
  }

  /** Resolves references in dependency order, iteratively; records why an indicator cannot be compiled. */
  private void compileAll(Map<IndicatorCode, CompiledIndicator> ok, Map<IndicatorCode, String> failed) {
    Map<IndicatorCode, Formula> inlined = new HashMap<>();
    Map<IndicatorCode, Integer> waitingOn = new HashMap<>();
    Map<IndicatorCode, List<IndicatorCode>> users = new HashMap<>();
    Deque<IndicatorCode> ready = new ArrayDeque<>();
    for (IndicatorDefinition definition : indicatorsByCode.values()) {
      int unresolved = 0;
      for (IndicatorCode ref : definition.formula().indicators()) {
        if (!indicatorsByCode.containsKey(ref)) {
          failed.put(definition.code(), "its formula reads the unknown indicator " + ref);
        }
        List<IndicatorCode> readers = users.get(ref);
        if (readers == null) {
          readers = new ArrayList<>();
          users.put(ref, readers);
        }
        readers.add(definition.code());
        unresolved++;
      }
      waitingOn.put(definition.code(), unresolved);
      if (unresolved == 0) {
        ready.add(definition.code());
      }
    }
    while (!ready.isEmpty()) {
      IndicatorCode code = ready.poll();
      IndicatorDefinition definition = indicatorsByCode.get(code);
      try {
        Formula formula = definition.formula().inline(inlined);
        inlined.put(code, formula);
        ok.put(code, new CompiledIndicator(definition, new CompiledFormula(formula)));
      } catch (IllegalArgumentException e) {
        failed.put(code, e.getMessage());
        continue;
      }
      for (IndicatorCode user : users.getOrDefault(code, List.of())) {
        int left = waitingOn.get(user) - 1;
        waitingOn.put(user, left);
        if (left == 0 && !failed.containsKey(user)) {
          ready.add(user);
        }
      }
    }
    for (IndicatorCode code : indicatorsByCode.keySet()) {
      if (!ok.containsKey(code) && !failed.containsKey(code)) {
        failed.put(code, "its formula depends on itself, or on an indicator that cannot be compiled");
      }
    }
  }

  @Override
  public String toString() {
    return "IndicatorCatalogue[" + elements.size() + " elements, " + indicators.size() + " indicators, "
        + targets().size() + " targets]";
  }

  /**
   * Builds an {@link IndicatorCatalogue}. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * IndicatorCatalogue ours = IndicatorCatalogue.builder()
   *     .addAll(IndicatorCatalogue.builtIn())   // the built-in elements, indicators and targets
   *     .addTargets(provincialSrbTarget)        // and a province's own target
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final ImmutableList.Builder<DataElement> elements = ImmutableList.builder();
    private final ImmutableList.Builder<IndicatorDefinition> indicators = ImmutableList.builder();
    private final ImmutableList.Builder<Target> targets = ImmutableList.builder();

    private Builder() {}

    /**
     * Adds every element, indicator and target of a catalogue, such as the built-in one.
     *
     * @param catalogue the catalogue
     * @return this builder
     */
    public Builder addAll(IndicatorCatalogue catalogue) {
      checkNotNull(catalogue, "catalogue is null");
      elements.addAll(catalogue.elements);
      indicators.addAll(catalogue.indicators);
      targets.addAll(catalogue.targets());
      return this;
    }

    /**
     * Adds data elements.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addElements(DataElement... elements) {
      this.elements.add(elements);
      return this;
    }

    /**
     * Adds indicator definitions.
     *
     * @param indicators the definitions
     * @return this builder
     */
    public Builder addIndicators(IndicatorDefinition... indicators) {
      this.indicators.add(indicators);
      return this;
    }

    /**
     * Adds targets.
     *
     * @param targets the targets
     * @return this builder
     */
    public Builder addTargets(Target... targets) {
      this.targets.add(targets);
      return this;
    }

    /**
     * Returns the catalogue; every compilable indicator is compiled now.
     *
     * @return the catalogue
     */
    public IndicatorCatalogue build() {
      return new IndicatorCatalogue(elements.build(), indicators.build(), targets.build());
    }
  }
}
