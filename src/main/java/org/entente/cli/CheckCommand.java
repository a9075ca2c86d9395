package org.entente.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.client.Check;
import org.entente.formats.DraftText;
import org.entente.text.BadInputException;
import org.entente.text.LanguageCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente check DRAFT...}: the draft checks of {@code POST /api/v1/check} on files, reported like a compiler
 * ({@code draft.txt:3:14: error: TERM_DEPRECATED_IN_TARGET ...}), as the API's JSON, or as SARIF for code-review
 * tools; the exit status says whether any error was found, so a documentation build can fail on a deprecated term.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Check English drafts against the termbase and their French source: deprecated terms, terms "
        + "missing from the translation, numbers that changed, unexpanded acronyms, spelling variants.",
        "Reads plain text, Markdown (prose only: code and addresses are skipped), XLIFF 1.2/2.x (each target with "
            + "its source) and Word .docx (the body, one paragraph a line); - is standard input.",
        "Positions are LINE:COL from 1, columns counted in characters (Unicode code points)."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:no error-severity finding (warnings may be printed)", "1:at least one error-severity finding",
        "2:bad input: a missing or unreadable file, a bad option"},
    footer = {"", "Examples:", "  ./entente check --source rapport-fr.txt report-en.txt",
        "  ./entente check --format sarif docs/*.md > entente.sarif"})
final class CheckCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "The drafts' language: en (default; en-US means American spelling) or fr. An XLIFF file's "
          + "trgLang is used when this is not given.")
  String lang;

  @Option(names = "--source", paramLabel = "SOURCE",
      description = "The French source of the one DRAFT (text, Markdown or .docx), aligned with it sentence by "
          + "sentence; the checks that need a source run only with it.")
  String source;

  @Option(names = "--date", paramLabel = "D",
      description = "The document's date (yyyy-mm-dd), for term validity on that day (default: today).")
  String date;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (file:line:col: severity: ID message), json (the API's shape) or sarif (SARIF 2.1.0). "
          + "Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--spelling", paramLabel = "STANDARD",
      description = "british (NATO's, the default) or american.")
  String spelling;

  @Option(names = "--checks", paramLabel = "ID", split = ",",
      description = "Run only these checks, e.g. TERM_DEPRECATED_IN_TARGET,NUMBER_MISMATCH (default: all).")
  List<String> checks;

  @Option(names = {"-q", "--quiet"}, description = "No summary on standard error.")
  boolean quiet;

  @Parameters(paramLabel = "DRAFT", arity = "1..*", description = "The draft files.")
  List<String> drafts;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  static final List<String> FORMATS = List.of("text", "json", "sarif");

  @Override
  public Integer call() throws Exception {
    String fmt = format.strip().toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(fmt)) {
      throw new BadInputException("unknown format '" + format + "'", "--format", "use text, json or sarif");
    }
    LocalDate day = date(date);
    if (lang != null) LanguageCode.parse(lang, "--lang");
    if (source != null && drafts.size() != 1) {
      throw new BadInputException("--source goes with one draft, not " + drafts.size(), "--source",
          "check one draft with its source at a time");
    }
    // read everything first: a bad file stops the command before the indexes are opened
    List<DraftFiles.Draft> read = new ArrayList<>();
    for (String d : drafts) read.add(DraftFiles.read(d, System.in));
    String sourceText = null;
    if (source != null) {
      if (read.get(0).kind() == DraftFiles.Kind.XLIFF) {
        throw new BadInputException("an XLIFF file carries its own source", "--source", "leave --source out");
      }
      DraftFiles.Draft s = DraftFiles.read(source, System.in);
      if (s.kind() == DraftFiles.Kind.XLIFF) {
        throw new BadInputException("the source must be a document (text, Markdown or .docx), not XLIFF", source,
            "give the French document");
      }
      sourceText = s.text().segments().get(0);
    }
    List<CheckOutput.FileResult> results = new ArrayList<>();
    try (DataReads reads = DataReads.open(data.path(), "the entente check command")) {
      for (DraftFiles.Draft d : read) results.add(check(reads, d, sourceText, day));
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (fmt) {
      case "json" -> CheckOutput.json(results, out);
      case "sarif" -> CheckOutput.sarif(results, out);
      default -> CheckOutput.text(results, out);
    }
    out.flush();
    if (!quiet) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("entente check: " + CheckOutput.summary(results));
      err.flush();
    }
    return results.stream().anyMatch(CheckOutput.FileResult::hasErrors) ? 1 : 0;
  }

  private CheckOutput.FileResult check(DataReads reads, DraftFiles.Draft d, String sourceText, LocalDate day) {
    DraftText t = d.text();
    String language = lang != null ? lang : !d.language().isEmpty() ? d.language() : "en";
    List<String> ids = checks == null ? List.of() : checks;
    Check request;
    if (t.document()) {
      if (t.segments().get(0).isBlank()) return CheckOutput.FileResult.empty(d.name());
      request = new Check(t.segments().get(0), sourceText, List.of(), List.of(), language, spelling, ids);
    } else {
      if (t.segments().isEmpty()) return CheckOutput.FileResult.empty(d.name());
      boolean sources = t.sources().stream().noneMatch(String::isBlank);
      request = new Check(null, null, t.segments(), sources ? t.sources() : List.of(), language, spelling, ids);
    }
    return CheckOutput.FileResult.of(d.name(), reads.check(request, day), t.locator());
  }

  static LocalDate date(String value) {
    if (value == null) return null;
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadInputException("not a date: '" + value + "'", "--date", "write it yyyy-mm-dd, e.g. 2024-07-10");
    }
  }
}
