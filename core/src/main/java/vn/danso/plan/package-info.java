/**
 * Plans and their cascades (kế hoạch và chuỗi văn bản triển khai): how a central resolution such as 21-NQ/TW
 * (25/10/2017) is implemented by provincial Party programmes and plans, People's Committees' plans, district and
 * bloc committees' plans and the communes', each within its own territory; whether each level is consistent with
 * the one above; who has not yet issued its plan; how long each level took.
 *
 * <h2>Plans</h2>
 * A {@link vn.danso.plan.Plan} is a document with content: objectives; {@linkplain vn.danso.plan.PlanTarget targets}
 * (an indicator's {@link vn.danso.indicator.Target}: a bound, a band or a change against a baseline, by a year, with
 * the plan's baseline where it states one); {@linkplain vn.danso.plan.Task tasks} ("Một là…, Hai là…") with their
 * lead and partner bodies and deadlines; {@linkplain vn.danso.plan.Phase phases} (2021–2025, 2026–2030); and
 * {@linkplain vn.danso.plan.ReportingDuty reporting duties} (periodic reports, sơ kết, tổng kết). A plan known only
 * from what other texts say of it (seed 002's "Chương trình hành động của Tỉnh ủy", no number) is built from that
 * reference and stays incomplete: nothing is invented.
 *
 * <h2>Cascades</h2>
 * A {@link vn.danso.plan.Cascade} is the directed acyclic graph of plans built from their "implements" references
 * (a Guava {@link com.google.common.graph.ImmutableValueGraph}, edges parent → child). References resolve by
 * number, issuer, type and date or term; what does not resolve becomes a {@linkplain vn.danso.plan.CascadeNode
 * placeholder} that says why. {@link vn.danso.plan.CascadeValidator} checks the cascade against an administrative
 * hierarchy: dates, levels and territories of parent and child, targets not weaker than the level above's given
 * the indicator's polarity, phases within its horizon, tasks assigned within the issuer's territory. Findings carry
 * rule ids of the groups {@code cascade} and {@code plan} ({@link vn.danso.plan.PlanRules}).
 *
 * <h2>Coverage and lag</h2>
 * {@link vn.danso.plan.CoverageReport} says, for a root document, a hierarchy, a date and a level, which units have an
 * implementing document from their Party committee and from their People's Committee and which do not yet;
 * {@link vn.danso.plan.LagReport} gives the days from each document to the one implementing it, with minimum, median
 * and maximum per level, and the depth of the cascade. Both are values to print ({@code format}) or chart.
 */
package vn.danso.plan;
