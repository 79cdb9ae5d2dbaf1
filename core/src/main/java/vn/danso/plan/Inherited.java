package vn.danso.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.Period;

/**
 * What a plan's content is held against: for each indicator, the targets of the nearest documents above that set one;
 * the horizons of the nearest documents above that have one; for each kind of review, the nearest due dates above.
 * A document that adds nothing passes on what it received, the same object, so a cascade of a hundred thousand
 * plans that restate nothing costs nothing here.
 */
final class Inherited {
  /** A value and the document it comes from. */
  static final class Sourced<T> {
    final T value;
    final CascadeNode from;

    Sourced(T value, CascadeNode from) {
      this.value = value;
      this.from = from;
    }
  }

  static final Inherited NONE = new Inherited(ImmutableMap.of(), ImmutableList.of(), ImmutableMap.of());

  final Map<IndicatorCode, List<Sourced<PlanTarget>>> targets;
  final List<Sourced<Period>> horizons;
  final Map<ReportingKind, List<Sourced<LocalDate>>> reviews;

  private Inherited(Map<IndicatorCode, List<Sourced<PlanTarget>>> targets, List<Sourced<Period>> horizons,
      Map<ReportingKind, List<Sourced<LocalDate>>> reviews) {
    this.targets = targets;
    this.horizons = horizons;
    this.reviews = reviews;
  }

  /** What a node passes on to its children: what it received, overlaid with its own targets, horizon and reviews. */
  static Inherited passOn(Inherited received, CascadeNode node) {
    Optional<Plan> maybePlan = node.plan();
    if (maybePlan.isEmpty()) {
      return received;
    }
    Plan plan = maybePlan.get();
    Optional<Period> horizon = plan.effectiveHorizon();
    boolean hasReviews = false;
    for (ReportingDuty duty : plan.reporting()) {
      hasReviews |= duty.kind().isReview() && duty.due().isPresent();
    }
    if (plan.targets().isEmpty() && horizon.isEmpty() && !hasReviews) {
      return received;
    }
    Map<IndicatorCode, List<Sourced<PlanTarget>>> targets = received.targets;
    if (!plan.targets().isEmpty()) {
      Map<IndicatorCode, List<Sourced<PlanTarget>>> own = new LinkedHashMap<>();
      for (PlanTarget target : plan.targets()) {
        own.computeIfAbsent(target.indicator(), k -> new ArrayList<>(1)).add(new Sourced<>(target, node));
      }
      targets = new HashMap<>(received.targets);
      targets.putAll(own);
    }
    List<Sourced<Period>> horizons = horizon.isPresent()
        ? ImmutableList.of(new Sourced<>(horizon.get(), node)) : received.horizons;
    Map<ReportingKind, List<Sourced<LocalDate>>> reviews = received.reviews;
    if (hasReviews) {
      Map<ReportingKind, List<Sourced<LocalDate>>> own = new EnumMap<>(ReportingKind.class);
      for (ReportingDuty duty : plan.reporting()) {
        if (duty.kind().isReview() && duty.due().isPresent()) {
          own.computeIfAbsent(duty.kind(), k -> new ArrayList<>(1)).add(new Sourced<>(duty.due().get(), node));
        }
      }
      reviews = new EnumMap<>(ReportingKind.class);
      reviews.putAll(received.reviews);
      reviews.putAll(own);
    }
    return new Inherited(targets, horizons, reviews);
  }

  /** What a node with several parents receives: everything each parent passes on. */
  static Inherited merge(List<Inherited> fromParents) {
    Inherited first = fromParents.get(0);
    boolean allSame = true;
    for (Inherited other : fromParents) {
      allSame &= other == first;
    }
    if (allSame) {
      return first;
    }
    Map<IndicatorCode, List<Sourced<PlanTarget>>> targets = new HashMap<>();
    List<Sourced<Period>> horizons = new ArrayList<>();
    Map<ReportingKind, List<Sourced<LocalDate>>> reviews = new EnumMap<>(ReportingKind.class);
    for (Inherited parent : fromParents) {
      parent.targets.forEach((k, v) -> addNew(targets.computeIfAbsent(k, x -> new ArrayList<>()), v));
      addNew(horizons, parent.horizons);
      parent.reviews.forEach((k, v) -> addNew(reviews.computeIfAbsent(k, x -> new ArrayList<>()), v));
    }
    return new Inherited(targets, horizons, reviews);
  }

  /** Adds the items not already there: one document reached along two paths counts once. */
  private static <T> void addNew(List<T> to, List<T> items) {
    for (T item : items) {
      if (!to.contains(item)) {
        to.add(item);
      }
    }
  }
}
