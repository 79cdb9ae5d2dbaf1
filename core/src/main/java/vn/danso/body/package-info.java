/**
 * Issuing bodies (cơ quan ban hành văn bản): who issues the resolutions, programmes, plans and decisions of
 * population work, and over which territory.
 *
 * <p>A {@link vn.danso.body.Body} is of a {@link vn.danso.body.BodyKind} (Tỉnh ủy, Ủy ban nhân dân, Trạm Y tế…),
 * which belongs to one of five {@linkplain vn.danso.body.BodySystem systems}: the Party, the State, the population
 * sector, the inter-sector steering committees, and the Fatherland Front with the mass organisations. A body
 * serves a {@link vn.danso.body.Jurisdiction} (an administrative unit by its code, named as the body names it,
 * with the body's seat), exists for a validity interval, may have {@linkplain vn.danso.body.Term terms of office},
 * and writes an abbreviation in the symbols of its documents ({@code TU} in 74-KH/TU, {@code UBND} in
 * 94/KH-UBND).
 *
 * <p>Which abbreviation stands for which kinds of body is data: the {@link vn.danso.body.IssuerAbbreviations}
 * table, each entry with its {@linkplain vn.danso.body.Certainty certainty} and source. Integrators extend it for
 * their own bodies. {@link vn.danso.body.BodyValidator} checks a body against its kind and the table.
 *
 * <p>Hierarchy knowledge (which places lie within a unit on a day) enters through the small
 * {@link vn.danso.body.PlaceLookup} interface; {@link vn.danso.body.PlaceLookups#fromHierarchy} answers it from an
 * administrative {@link vn.danso.admin.Hierarchy}, and integrators may plug in their own.
 */
package vn.danso.body;
