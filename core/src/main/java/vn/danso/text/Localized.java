package vn.danso.text;

/**
 * Something with a name in each supported {@link Language}: a unit type, a severity, a body kind, an indicator.
 *
 * <p>Message templates render any {@code Localized} argument with {@link #label(Language)}, so a finding about a
 * {@code phường} reads "phường" in Vietnamese and "ward" in English.
 */
public interface Localized {
  /**
   * Returns the name of this thing in the given language.
   *
   * @param language the language to render in
   * @return the name, never blank
   */
  String label(Language language);
}
