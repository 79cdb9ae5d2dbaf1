package vn.danso.architecture;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The order of the core's packages, lowest first: a package may use the packages of lower layers, never those of its
 * own layer or a higher one. A package missing from the order is itself a violation, so a new package has to be
 * placed before it can be used.
 *
 * <p>The order of the library ({@link #CORE}) follows the architecture notes: text → validation → admin → body →
 * document → plan, with indicator ← data beside them and plan using indicator for its targets; below them all, the
 * implementation details every package may share ({@code internal}, which uses none of them).
 */
final class LayerOrder {
  /** The core's layers, lowest first; the root package {@code vn.danso} sits above them all. */
  static final LayerOrder CORE = new LayerOrder("vn.danso", List.of(
      List.of("internal"),
      List.of("text"),
      List.of("validation"),
      List.of("admin"),
      List.of("body", "indicator"),
      List.of("document", "network", "data"),
      List.of("plan", "reporting")));

  private final String root;
  private final ImmutableMap<String, Integer> layerOf;

  /**
   * @param root the package whose direct sub-packages are layered; classes in the root itself may use every layer
   * @param layers the layers, lowest first, each a list of sub-package names (the first segment after the root)
   */
  LayerOrder(String root, List<List<String>> layers) {
    ImmutableMap.Builder<String, Integer> builder = ImmutableMap.builder();
    for (int i = 0; i < layers.size(); i++) {
      for (String name : layers.get(i)) {
        builder.put(name, i);
      }
    }
    this.root = root;
    this.layerOf = builder.buildOrThrow();
    checkArgument(!layerOf.isEmpty(), "give at least one layer");
  }

  /** The sub-packages named in the order. */
  ImmutableSet<String> packages() {
    return layerOf.keySet();
  }

  /** The rule: every dependency between two sub-packages of the root goes from a higher layer to a lower one. */
  ArchRule rule() {
    return ArchRuleDefinition.classes()
        .that().resideInAPackage(root + "..")
        .should(new ArchCondition<JavaClass>("depend only on packages of lower layers " + describe()) {
          @Override
          public void check(JavaClass javaClass, ConditionEvents events) {
            Optional<String> from = subPackage(javaClass);
            if (from.isEmpty()) {
              return;  // the root package may use every layer
            }
            if (!layerOf.containsKey(from.get())) {
              events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " is in package "
                  + root + "." + from.get() + ", which has no place in the layer order: add it to " + describe()));
              return;
            }
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
              Optional<String> to = subPackage(dependency.getTargetClass());
              if (to.isEmpty() || to.equals(from) || !layerOf.containsKey(to.get())) {
                continue;
              }
              if (layerOf.get(to.get()) >= layerOf.get(from.get())) {
                events.add(SimpleConditionEvent.violated(dependency, root + "." + from.get() + " (layer "
                    + layerOf.get(from.get()) + ") uses " + root + "." + to.get() + " (layer "
                    + layerOf.get(to.get()) + "): " + dependency.getDescription()));
              }
            }
          }
        })
        .because("packages depend on each other in one direction, along the layer order");
  }

  private Optional<String> subPackage(JavaClass javaClass) {
    String pkg = javaClass.getPackageName();
    if (!pkg.startsWith(root + ".")) {
      return Optional.empty();
    }
    String rest = pkg.substring(root.length() + 1);
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  private String describe() {
    ImmutableList.Builder<String> parts = ImmutableList.builder();
    int layer = -1;
    StringBuilder current = new StringBuilder();
    for (var entry : layerOf.entrySet()) {
      if (entry.getValue() != layer) {
        if (current.length() > 0) {
          parts.add(current.toString());
        }
        current.setLength(0);
        layer = entry.getValue();
      } else {
        current.append(", ");
      }
      current.append(entry.getKey());
    }
    parts.add(current.toString());
    return "[" + String.join(" < ", parts.build()) + "]";
  }
}
