import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks that every public method of every public builder of the core appears in the generated Javadoc with a
 * description, including the methods that Immutables generates (an integrator should never need {@code javap} to
 * learn what a builder takes).
 *
 * <p>Run by {@code mvn verify} after the Javadoc is built, as a single-file program on the core's run-time class path:
 * {@code java -cp CLASSES:GUAVA BuilderJavadocCheck.java CLASSES_DIR APIDOCS_DIR}. It loads each nested class named
 * {@code Builder} of an exported package without initialising it, lists its public methods (those inherited from a
 * package-private generated builder included), and looks for each method's detail section, by the anchor Javadoc
 * gives it, in the builder's page: the section must hold a non-empty description. Exit status 0 when every method
 * has one, 1 with the list of those that have none.
 */
public final class BuilderJavadocCheck {
  private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private BuilderJavadocCheck() {}

  public static void main(String[] args) throws IOException, ClassNotFoundException {
    if (args.length != 3) {
      System.err.println("usage: BuilderJavadocCheck CLASSES_DIR APIDOCS_DIR MODULE_INFO_JAVA");
      System.exit(2);
    }
    Path classes = Path.of(args[0]);
    Path apidocs = Path.of(args[1]);
    Set<String> exported = new TreeSet<>();
    Matcher m = EXPORTS.matcher(Files.readString(Path.of(args[2]), StandardCharsets.UTF_8));
    while (m.find()) {
      exported.add(m.group(1));
    }
    if (!Files.isDirectory(apidocs)) {
      System.err.println("Builder Javadoc check: no Javadoc in " + apidocs + "; build it first (mvn package)");
      System.exit(2);
    }
    Map<String, Path> pages = new TreeMap<>();
    try (Stream<Path> files = Files.walk(apidocs)) {
      files.filter(p -> p.getFileName().toString().endsWith(".Builder.html") && !p.toString().contains("class-use"))
          .forEach(p -> pages.put(p.getFileName().toString(), p));
    }
    List<String> builders;
    try (Stream<Path> files = Files.walk(classes)) {
      builders = files.map(p -> classes.relativize(p).toString().replace('\\', '/'))
          .filter(name -> name.endsWith("$Builder.class") && !name.contains("/Immutable"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .collect(Collectors.toList());
    }
    ClassLoader loader = BuilderJavadocCheck.class.getClassLoader();
    List<String> missing = new ArrayList<>();
    int checkedBuilders = 0;
    int checkedMethods = 0;
    for (String name : builders) {
      Class<?> builder = Class.forName(name, false, loader);
      Class<?> outer = builder.getEnclosingClass();
      if (!Modifier.isPublic(builder.getModifiers()) || !Modifier.isPublic(outer.getModifiers())
          || !exported.contains(builder.getPackageName())) {
        continue;
      }
      checkedBuilders++;
      String pageName = outer.getSimpleName() + ".Builder.html";
      Path page = pages.get(pageName);
      String html = page == null ? null : Files.readString(page, StandardCharsets.UTF_8);
      for (Method method : builder.getMethods()) {
        if (method.getDeclaringClass() == Object.class || method.isSynthetic() || method.isBridge()) {
          continue;
        }
        checkedMethods++;
        String anchor = anchor(method);
        String where = outer.getName() + ".Builder." + anchor;
        if (html == null) {
          missing.add(where + ": no Javadoc page " + pageName);
        } else if (description(html, anchor).isEmpty()) {
          missing.add(where + ": no description in " + pageName);
        }
      }
    }
    if (!missing.isEmpty()) {
      System.err.println("Builder Javadoc check: " + missing.size() + " builder methods have no description:");
      missing.forEach(line -> System.err.println("  " + line));
      System.exit(1);
    }
    System.out.println("Builder Javadoc check: " + checkedMethods + " methods of " + checkedBuilders
        + " public builders, each with a description");
  }

  /** The anchor Javadoc gives a method's detail section: its name and erased parameter types. */
  private static String anchor(Method method) {
    StringBuilder id = new StringBuilder(method.getName()).append('(');
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (i > 0) {
        id.append(',');
      }
      if (method.isVarArgs() && i == types.length - 1) {
        id.append(types[i].getComponentType().getCanonicalName()).append("...");
      } else {
        id.append(types[i].getCanonicalName());
      }
    }
    return id.append(')').toString();
  }

  /** The text of the description block of a method's detail section, or empty if it has none. */
  private static String description(String html, String anchor) {
    int start = html.indexOf("<section class=\"detail\" id=\"" + anchor + "\"");
    if (start < 0) {
      return "";
    }
    int end = html.indexOf("</section>", start);
    String section = html.substring(start, end < 0 ? html.length() : end);
    int block = section.indexOf("<div class=\"block\">");
    if (block < 0) {
      return "";
    }
    int blockEnd = section.indexOf("</div>", block);
    return TAG.matcher(section.substring(block, blockEnd < 0 ? section.length() : blockEnd)).replaceAll("").strip();
  }
}
