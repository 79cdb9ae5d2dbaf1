/**
 * The network that carries out population work (mạng lưới làm công tác dân số): inter-sector steering committees
 * (ban chỉ đạo công tác dân số, the mechanism of phối hợp liên ngành) at province, district and commune level, and
 * population collaborators (cộng tác viên dân số) in the villages and residential groups, who may also do family and
 * children's work.
 *
 * <p>A {@link vn.danso.network.Network} is plain data; {@link vn.danso.network.NetworkValidator} checks it against
 * the administrative map of a day (every village covered, every collaborator within one commune of the scope, one
 * committee per unit at each committee level, members from the committee's own territory), and
 * {@link vn.danso.network.NetworkCoverage} counts how far it reaches. The Hải Dương plan for the scheme on the
 * organisation, network and inter-sector coordination of population work (phases 2021–2025 and 2026–2030) is the
 * model case.
 */
package vn.danso.network;
