package org.entente.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Version;
import org.entente.api.Json;
import org.entente.client.Check;
import org.entente.formats.DraftText;

/**
 * The findings of {@code entente check}, placed in their files and written as compiler lines, as the API's JSON with
 * positions added, or as a SARIF 2.1.0 log: {@code report.txt:3:14: error: TERM_DEPRECATED_IN_TARGET Deprecated
 * term "Kiev": use "Kyiv". (Kyiv)}.
 */
final class CheckOutput {
  private CheckOutput() {}

  /** A finding as the API writes it, with its place in the file: lines and columns from 1, columns in code points. */
  record Located(String id, String issueType, String severity, int segment, int start, int end, String text,
      String message, List<String> replacements, String conceptId, Check.Location source, int line, int column,
      int endLine, int endColumn) {
    static Located of(Check.Finding f, DraftText.Locator locator) {
      DraftText.Position from = locator.position(f.segment(), f.start());
      DraftText.Position to = locator.position(f.segment(), f.end());
      return new Located(f.id(), f.issueType(), f.severity(), f.segment(), f.start(), f.end(), f.text(), f.message(),
          f.replacements(), f.conceptId(), f.source(), from.line(), from.column(), to.line(), to.column());
    }
  }

  /** One draft's findings, and which checks ran or were skipped. */
  record FileResult(String file, List<Located> findings, List<String> checksRun, List<Check.Skipped> checksSkipped) {
    static FileResult of(String file, Check.Result r, DraftText.Locator locator) {
      return new FileResult(file, r.findings().stream().map(f -> Located.of(f, locator)).toList(), r.checksRun(),
          r.checksSkipped());
    }

    /** An empty draft: nothing to check. */
    static FileResult empty(String file) {
      return new FileResult(file, List.of(), List.of(), List.of());
    }

    boolean hasErrors() {
      return findings.stream().anyMatch(f -> f.severity().equals("error"));
    }
  }

  /** {@code file:line:col: severity: ID message (replacement | other)}, one finding a line, in file order. */
  static void text(List<FileResult> results, PrintWriter out) {
    for (FileResult r : results) {
      for (Located f : r.findings()) {
        out.println(r.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity() + ": " + f.id() + " "
            + oneLine(f.message()) + (f.replacements().isEmpty() ? "" : " (" + String.join(" | ", f.replacements()) + ")"));
      }
    }
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ');
  }

  /** A JSON array: per draft, the API's answer ({@code findings}, {@code checksRun}, {@code checksSkipped}) and its name. */
  static void json(List<FileResult> results, PrintWriter out) throws JsonProcessingException {
    out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(results));
  }

  /** "1 file: 2 errors, 1 warning; 3 checks skipped (TERM_NOT_FOUND_IN_TARGET ...: needs the French source)". */
  static String summary(List<FileResult> results) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String s : List.of("error", "warning", "info")) counts.put(s, 0);
    Map<String, String> skipped = new LinkedHashMap<>();
    for (FileResult r : results) {
      r.findings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
      r.checksSkipped().forEach(s -> skipped.putIfAbsent(s.id(), s.reason()));
    }
    StringBuilder b = new StringBuilder().append(results.size()).append(results.size() == 1 ? " file: " : " files: ");
    List<String> parts = new ArrayList<>();
    counts.forEach((k, v) -> parts.add(v + " " + k + (v == 1 ? "" : "s")));
    b.append(String.join(", ", parts));
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    skipped.forEach((id, reason) -> byReason.computeIfAbsent(reason, k -> new ArrayList<>()).add(id));
    byReason.forEach((reason, ids) -> b.append("; skipped ").append(String.join(", ", ids)).append(": ").append(reason));
    return b.toString();
  }

  // SARIF 2.1.0 (OASIS): only what code-review tools read, every property the schema requires

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Sarif(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Run(Tool tool, String columnKind, List<Artifact> artifacts, List<Result> results) {}

  record Tool(Driver driver) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Driver(String name, String version, String informationUri, List<Rule> rules) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Rule(String id, Message shortDescription, RuleProperties properties) {}

  /** A rule's property bag: its W3C ITS issue type. */
  record RuleProperties(String issueType) {}

  record Message(String text) {}

  record Artifact(ArtifactLocation location) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ArtifactLocation(String uri, Integer index) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Result(String ruleId, int ruleIndex, String level, Message message, List<Location> locations,
      ResultProperties properties) {}

  /** A result's property bag: the issue type, and the concept and replacements when the finding has them. */
  record ResultProperties(String issueType, @JsonInclude(JsonInclude.Include.NON_EMPTY) String conceptId,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> replacements) {}

  record Location(PhysicalLocation physicalLocation) {}

  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  record Region(int startLine, int startColumn, int endLine, int endColumn, Message snippet) {}

  static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** One run of Entente over every draft: a rule per check that ran or found something, a result per finding. */
  static void sarif(List<FileResult> results, PrintWriter out) throws JsonProcessingException {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    Map<String, String> issueTypes = new LinkedHashMap<>();
    for (FileResult r : results) {
      r.checksRun().forEach(id -> ruleIndex.putIfAbsent(id, ruleIndex.size()));
      for (Located f : r.findings()) {
        ruleIndex.putIfAbsent(f.id(), ruleIndex.size());
        issueTypes.putIfAbsent(f.id(), f.issueType());
      }
    }
    List<Rule> rules = new ArrayList<>();
    ruleIndex.keySet().forEach(id -> rules.add(new Rule(id, new Message(describe(id)),
        issueTypes.containsKey(id) ? new RuleProperties(issueTypes.get(id)) : null)));
    List<Artifact> artifacts = new ArrayList<>();
    List<Result> found = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      FileResult r = results.get(i);
      String uri = uri(r.file());
      artifacts.add(new Artifact(new ArtifactLocation(uri, null)));
      for (Located f : r.findings()) {
        String text = oneLine(f.message())
            + (f.replacements().isEmpty() ? "" : " Suggested: " + String.join(" | ", f.replacements()) + ".");
        ResultProperties props = new ResultProperties(f.issueType(), f.conceptId(), f.replacements());
        found.add(new Result(f.id(), ruleIndex.get(f.id()), level(f.severity()), new Message(text),
            List.of(new Location(new PhysicalLocation(new ArtifactLocation(uri, i),
                new Region(f.line(), f.column(), f.endLine(), f.endColumn(), new Message(f.text()))))), props));
      }
    }
    Sarif log = new Sarif(SARIF_SCHEMA, "2.1.0", List.of(new Run(
        new Tool(new Driver("Entente", Version.get(), null, rules)),
        "unicodeCodePoints", artifacts, found)));
    out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(log));
  }

  /** SARIF levels: error, warning, note. */
  static String level(String severity) {
    return switch (severity) {
      case "error" -> "error";
      case "warning" -> "warning";
      default -> "note";
    };
  }

  /** "TERM_DEPRECATED_IN_TARGET" → "Term deprecated in target". */
  private static String describe(String id) {
    String s = id.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A relative path as a relative URI reference ({@code docs/My%20draft.md}); an absolute one as a file URI. */
  static String uri(String file) {
    if (file.equals("-")) return "stdin";
    Path p = Path.of(file).normalize();
    if (p.isAbsolute()) return p.toUri().toString();
    try {
      return new URI(null, null, p.toString().replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      return p.toString().replace('\\', '/');
    }
  }
}
