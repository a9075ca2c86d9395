package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Holds the package layout of STYLE.md: dependencies point inward, third-party types stay home. */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/org/entente");
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

  /** Which of our packages each package may import (besides itself and text). */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("text", Set.of()),
      Map.entry("segment", Set.of()),
      Map.entry("index", Set.of("segment")),
      Map.entry("formats", Set.of("segment")),
      Map.entry("memory", Set.of("segment", "index", "formats")),
      Map.entry("terminology", Set.of("segment", "index", "formats")),
      Map.entry("align", Set.of("segment", "index", "formats", "terminology")),
      Map.entry("suggest", Set.of("segment", "index", "formats", "memory", "terminology", "align")),
      Map.entry("check", Set.of("segment", "index", "formats", "memory", "terminology", "align")),
      Map.entry("remote", Set.of("segment", "index", "formats", "memory", "terminology", "align")),
      Map.entry("extract", Set.of("segment", "index", "formats", "memory", "terminology", "align")),
      Map.entry("client", Set.of()),
      // eval measures the capabilities (and the service, for the service benchmark); nothing but cli and root use it
      Map.entry("eval", Set.of("segment", "index", "formats", "memory", "terminology", "align", "suggest", "check",
          "remote", "api", "root", "extract", "opensearch")),
      Map.entry("opensearch", Set.of("segment", "formats", "memory", "terminology")),
      Map.entry("api", Set.of("segment", "index", "formats", "memory", "terminology", "align", "suggest", "check",
          "remote", "root", "extract")),
      Map.entry("cli", Set.of("segment", "index", "formats", "memory", "terminology", "align", "suggest", "check",
          "remote", "api", "root", "client", "extract", "eval", "opensearch")),
      Map.entry("root", Set.of("segment", "index", "formats", "memory", "terminology", "align", "suggest", "check",
          "remote", "api", "cli", "extract", "eval", "opensearch")));

  /** Third-party libraries and the packages that own them. */
  private static final Map<String, Set<String>> OWNERS = Map.ofEntries(
      Map.entry("org.apache.lucene", Set.of("index", "memory", "terminology")),
      Map.entry("opennlp", Set.of("segment")),
      Map.entry("com.fasterxml.jackson", Set.of("api", "cli", "formats", "client", "eval", "opensearch")),
      Map.entry("org.opensearch", Set.of("opensearch")),
      Map.entry("org.apache.hc", Set.of("opensearch")),
      Map.entry("okhttp3", Set.of("remote", "client")),
      Map.entry("io.javalin", Set.of("api")),
      Map.entry("picocli", Set.of("cli")),
      Map.entry("org.jsoup", Set.of("remote")),
      Map.entry("com.github.benmanes.caffeine", Set.of("api", "segment", "terminology")),
      Map.entry("org.commonmark", Set.of("formats")),
      Map.entry("me.tongfei.progressbar", Set.of("cli")),
      Map.entry("org.openqa.selenium", Set.of()),
      Map.entry("org.apache.commons.math3", Set.of("extract"))); // selenium: the workbench's browser tests only

  @Test
  void packagesDependOnlyInward() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path file : javaFiles()) {
      String pkg = packageOf(file);
      String source = Files.readString(file, StandardCharsets.UTF_8);
      Matcher m = IMPORT.matcher(source);
      while (m.find()) {
        String imported = m.group(1);
        if (imported.startsWith("org.entente.")) {
          String target = packageOfImport(imported);
          if (target.equals(pkg) || target.equals("text")) continue;
          if (!ALLOWED.getOrDefault(pkg, Set.of()).contains(target) || pkg.equals("client")) {
            violations.add(file + " (" + pkg + ") imports " + imported);
          }
        }
        for (var owner : OWNERS.entrySet()) {
          if (imported.startsWith(owner.getKey() + ".") && !owner.getValue().contains(pkg)) {
            violations.add(file + " (" + pkg + ") uses " + owner.getKey() + ", owned by " + owner.getValue());
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void clientDependsOnNothingElseOfOurs() throws IOException {
    Path client = MAIN.resolve("client");
    if (!Files.isDirectory(client)) return;
    try (Stream<Path> files = Files.walk(client)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String s = Files.readString(f, StandardCharsets.UTF_8);
        Matcher m = IMPORT.matcher(s);
        while (m.find()) {
          String imp = m.group(1);
          assertThat(imp.startsWith("org.entente.") && !imp.startsWith("org.entente.client."))
              .as("%s imports %s", f, imp).isFalse();
        }
      }
    }
  }

  @Test
  void noDefaultLocaleOrCharsetApis() throws IOException {
    Pattern bad = Pattern.compile("\\.toLowerCase\\(\\)|\\.toUpperCase\\(\\)|new FileReader\\(|new FileWriter\\("
        + "|\\.getBytes\\(\\)|String\\.format\\(\"");
    List<String> hits = new ArrayList<>();
    for (Path file : javaFiles()) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (bad.matcher(lines.get(i)).find()) hits.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
      }
    }
    assertThat(hits).isEmpty();
  }

  @Test
  void everyPackageHasPackageInfo() throws IOException {
    try (Stream<Path> dirs = Files.list(MAIN)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        boolean hasJava;
        try (Stream<Path> s = Files.list(dir)) {
          hasJava = s.anyMatch(p -> p.toString().endsWith(".java"));
        }
        if (hasJava) assertThat(dir.resolve("package-info.java")).exists();
      }
    }
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> s = Files.walk(MAIN)) {
      return s.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  private static String packageOf(Path file) {
    Path rel = MAIN.relativize(file);
    return rel.getNameCount() == 1 ? "root" : rel.getName(0).toString();
  }

  private static String packageOfImport(String imported) {
    String rest = imported.substring("org.entente.".length());
    int dot = rest.indexOf('.');
    String first = dot < 0 ? rest : rest.substring(0, dot);
    return Character.isUpperCase(first.charAt(0)) ? "root" : first;
  }
}
