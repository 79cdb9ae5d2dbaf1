/**
 * danso (dân số, population): an immutable domain model of population-and-development work in Vietnam and the
 * validators that check what flows through population information systems, e-office document systems and
 * provincial dashboards.
 *
 * <p>Start with {@link vn.danso.validation} (the report shape every validator answers in) and
 * {@link vn.danso.DansoRules} (the catalogue of every rule).
 */
package vn.danso;
