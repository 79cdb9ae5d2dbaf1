package vn.danso.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.danso.validation.Finding;

/**
 * The standing rules of the core: no I/O, no wall clock, no package cycles, the layer order of the packages, immutable model types, nothing from
 * Immutables at run time. Each rule is also run against a small class that breaks it, to show the rule can fail.
 */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("vn.danso");
    assertThat(core.contain(Finding.class)).as("the core's classes were imported").isTrue();
  }

  @Test
  void coreDoesNoIo() {
    ArchitectureRules.noIo("vn.danso").check(core);
  }

  @Test
  void coreNeverReadsTheWallClock() {
    ArchitectureRules.noWallClock("vn.danso").check(core);
  }

  @Test
  void corePackagesHaveNoCycles() {
    ArchitectureRules.noPackageCycles("vn.danso").check(core);
  }

  @Test
  void corePackagesFollowTheLayerOrder() {
    LayerOrder.CORE.rule().check(core);
  }

  @Test
  void everyCorePackageHasItsPlaceInTheLayerOrder() {
    java.util.Set<String> packages = core.stream()
        .map(c -> c.getPackageName())
        .filter(p -> p.startsWith("vn.danso."))
        .map(p -> p.substring("vn.danso.".length()).split("\\.")[0])
        .collect(Collectors.toSet());
    assertThat(LayerOrder.CORE.packages()).containsExactlyInAnyOrderElementsOf(packages);
  }

  @Test
  void coreModelTypesHaveNoPublicSetters() {
    ArchitectureRules.noPublicSetters("vn.danso").check(core);
  }

  @Test
  void coreModelFieldsAreFinal() {
    ArchitectureRules.fieldsAreFinal("vn.danso").check(core);
  }

  @Test
  void coreNeedsNothingFromImmutablesAtRunTime() {
    ArchitectureRules.noRuntimeImmutables("vn.danso").check(core);
  }

  @Test
  void moduleRequiresOnlyGuavaAtRunTime() {
    ModuleDescriptor descriptor = Finding.class.getModule().getDescriptor();
    assertThat(descriptor).as("tests run on the module path").isNotNull();
    Set<String> runtime = descriptor.requires().stream()
        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet());
    assertThat(runtime).containsExactlyInAnyOrder("java.base", "com.google.common");
    assertThat(descriptor.requires()).anySatisfy(r -> {
      assertThat(r.name()).isEqualTo("org.immutables.value");
      assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC);
    });
  }

  /** Each rule, run against a class made to break it, reports a violation. */
  @Nested
  class RulesCanFail {
    private EvaluationResult evaluate(com.tngtech.archunit.lang.ArchRule rule, String pkg) {
      JavaClasses fixtures = new ClassFileImporter().importPackages(pkg);
      assertThat(fixtures).as("fixtures in %s", pkg).isNotEmpty();
      return rule.evaluate(fixtures);
    }

    @Test
    void noIoCatchesFilesConsoleAndEnvironment() {
      String pkg = "vn.danso.archfixtures.io";
      EvaluationResult result = evaluate(ArchitectureRules.noIo(pkg), pkg);
      assertThat(result.hasViolation()).isTrue();
      String report = String.join("\n", result.getFailureReport().getDetails());
      assertThat(report).contains("java.io.File").contains("System.out").contains("getenv");
    }

    @Test
    void noWallClockCatchesNowAndSystemClocks() {
      String pkg = "vn.danso.archfixtures.clock";
      EvaluationResult result = evaluate(ArchitectureRules.noWallClock(pkg), pkg);
      String report = String.join("\n", result.getFailureReport().getDetails());
      assertThat(report).contains("LocalDate.now()").contains("Clock.systemUTC()").contains("currentTimeMillis");
    }

    @Test
    void noPackageCyclesCatchesACycle() {
      String pkg = "vn.danso.archfixtures.cycle";
      assertThat(evaluate(ArchitectureRules.noPackageCycles(pkg), pkg).hasViolation()).isTrue();
    }

    @Test
    void layerOrderCatchesALowerLayerUsingAHigherOne() {
      String pkg = "vn.danso.archfixtures.layers";
      LayerOrder order = new LayerOrder(pkg, java.util.List.of(java.util.List.of("lower"), java.util.List.of("upper")));
      EvaluationResult result = evaluate(order.rule(), pkg);
      assertThat(result.getFailureReport().getDetails())
          .isNotEmpty()
          .allSatisfy(d -> assertThat(d).contains("layers.lower (layer 0) uses vn.danso.archfixtures.layers.upper"));
    }

    @Test
    void layerOrderCatchesAPackageWithoutAPlace() {
      String pkg = "vn.danso.archfixtures.layers";
      LayerOrder order = new LayerOrder(pkg, java.util.List.of(java.util.List.of("upper")));
      assertThat(evaluate(order.rule(), pkg).getFailureReport().getDetails())
          .anySatisfy(d -> assertThat(d).contains("has no place in the layer order"));
    }

    @Test
    void immutabilityRulesCatchSettersAndMutableFields() {
      String pkg = "vn.danso.archfixtures.mutable";
      assertThat(evaluate(ArchitectureRules.noPublicSetters(pkg), pkg).getFailureReport().getDetails())
          .anySatisfy(d -> assertThat(d).contains("setName"));
      assertThat(evaluate(ArchitectureRules.fieldsAreFinal(pkg), pkg).getFailureReport().getDetails())
          .anySatisfy(d -> assertThat(d).contains("MutableModel.name"))
          .noneSatisfy(d -> assertThat(d).contains("MutableModel$Builder"));
    }

    @Test
    void noRuntimeImmutablesCatchesARunTimeUse() {
      String pkg = "vn.danso.archfixtures.mutable";
      assertThat(evaluate(ArchitectureRules.noRuntimeImmutables(pkg), pkg).hasViolation()).isTrue();
    }
  }
}
