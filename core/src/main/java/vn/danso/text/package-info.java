/**
 * Vietnamese text as real documents contain it (văn bản tiếng Việt): {@link vn.danso.text.Language} and
 * {@link vn.danso.text.LocalizedText} for the two languages every message and name comes in, and
 * {@link vn.danso.text.VietnameseText} for normalising and matching names and numbers typed with every Unicode
 * accident: decomposed accents (NFD), {@code Ð} (U+00D0) typed for {@code Đ}, en dashes and minus signs,
 * non-breaking and doubled spaces, and both tone-mark styles ("Hoà" and "Hòa").
 *
 * <p>danso compares Vietnamese only after normalisation; when it rejects a text it says which
 * {@link vn.danso.text.TextIssue} it found.
 */
package vn.danso.text;
