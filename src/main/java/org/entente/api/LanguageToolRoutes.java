package org.entente.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.Version;
import org.entente.api.ApiConfig.Limits;
import org.entente.check.CheckConfig;
import org.entente.check.CheckReport;
import org.entente.check.CheckRequest;
import org.entente.check.Checker;
import org.entente.check.Finding;
import org.entente.check.Part;
import org.entente.check.SpellingStandard;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.entente.text.LanguageCode;

/**
 * The LanguageTool v2 protocol ({@code PROTOCOLS.md} §3): {@code GET|POST /v2/check} and {@code GET /v2/languages},
 * so that OmegaT, Okapi CheckMate, translate5 and the LanguageTool add-ons use our checks by changing a URL. With
 * {@code srctext} and {@code motherTongue} (the source language) the check is bilingual. Errors are plain text with
 * status 400, as LanguageTool answers them.
 */
final class LanguageToolRoutes {
  private final Checker checker;
  private final Limits limits;

  LanguageToolRoutes(Checker checker, Limits limits) {
    this.checker = checker;
    this.limits = limits;
  }

  void register(RoutesConfig r) {
    r.get("/v2/check", this::check);
    r.post("/v2/check", this::check);
    r.get("/v2/languages", this::languages);
  }

  /** A LanguageTool-style error: 400, plain text, "Error: ...". */
  static final class LtError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LtError(String message) {
      super(message);
    }
  }

  private void languages(Context ctx) {
    List<LanguageJson> out = new ArrayList<>();
    out.add(lang("English", "en", "en"));
    out.add(lang("English (GB)", "en", "en-GB"));
    out.add(lang("English (US)", "en", "en-US"));
    out.add(lang("French", "fr", "fr"));
    out.add(lang("French (France)", "fr", "fr-FR"));
    out.add(lang("French (Canada)", "fr", "fr-CA"));
    out.add(lang("French (Belgium)", "fr", "fr-BE"));
    ctx.json(out);
  }

  private static LanguageJson lang(String name, String code, String longCode) {
    return new LanguageJson(name, code, longCode);
  }

  private void check(Context ctx) {
    try {
      ctx.json(answer(ctx));
    } catch (LtError | BadInputException e) {
      ctx.status(400).contentType("text/plain; charset=utf-8").result("Error: " + e.getMessage());
    }
  }

  private CheckJson answer(Context ctx) {
    String text = Params.get(ctx, "text");
    String data = Params.get(ctx, "data");
    if (text == null && data == null) throw new LtError("Missing 'text' or 'data' parameter");
    if (text == null) text = fromData(data);
    if (text.length() > limits.maxSegmentChars() * 10L) {
      throw new LtError("Text exceeds the limit of " + (limits.maxSegmentChars() * 10L) + " characters (it has " + text.length() + ")");
    }
    String srctext = Params.get(ctx, "srctext");
    String motherTongue = Params.get(ctx, "motherTongue");
    String languageParam = Params.get(ctx, "language");
    if (languageParam == null || languageParam.isBlank()) throw new LtError("Missing 'language' parameter");
    LanguageCode code;
    Language draftLanguage;
    if (languageParam.strip().equalsIgnoreCase("auto")) {
      draftLanguage = srctext != null && motherTongue != null ? parse(motherTongue, "motherTongue").language().other() : guess(text);
      code = LanguageCode.of(draftLanguage);
    } else {
      code = parse(languageParam, "language");
      draftLanguage = code.language();
    }
    List<String> source = List.of();
    if (srctext != null) {
      if (motherTongue == null || motherTongue.isBlank()) {
        throw new LtError("'srctext' needs 'motherTongue', the language of the source text");
      }
      Language src = parse(motherTongue, "motherTongue").language();
      if (src == draftLanguage) {
        throw new LtError("'motherTongue' (" + motherTongue + ") must be the source language, other than 'language' (" + languageParam + ")");
      }
      if (!srctext.isBlank()) source = List.of(srctext);
    }
    SpellingStandard spelling = code.region().equals("US") || preferred(Params.get(ctx, "preferredVariants")).contains("en-US")
        ? SpellingStandard.AMERICAN : SpellingStandard.BRITISH;
    Set<String> enabled = ids(Params.get(ctx, "enabledRules"));
    Set<String> disabled = ids(Params.get(ctx, "disabledRules"));
    boolean enabledOnly = "true".equalsIgnoreCase(Params.get(ctx, "enabledOnly"));
    if (!enabledOnly) enabled = Set.of(); // LanguageTool: enabledRules adds to the defaults unless enabledOnly
    Set<String> disabledCategories = ids(Params.get(ctx, "disabledCategories"));
    CheckConfig config = CheckConfig.DEFAULT.withSpelling(spelling).withChecks(enabled, disabled)
        .withWholeDocument(source.isEmpty()).withIzeAllowed(flag(Params.get(ctx, "izeAllowed"), "izeAllowed"));
    CheckReport report;
    List<int[]> ranges = new ArrayList<>();
    if (source.isEmpty()) {
      report = checker.check(new CheckRequest(List.of(text), List.of(), true, draftLanguage, config));
    } else {
      report = checker.check(new CheckRequest(List.of(text), source, false, draftLanguage, config));
    }
    for (Part s : report.sentences()) ranges.add(new int[] {s.start(), s.end()});
    List<MatchJson> matches = new ArrayList<>();
    for (Finding f : report.findings()) {
      String category = category(f);
      if (disabledCategories.contains(category)) continue;
      matches.add(match(ctx, text, f, ranges, category));
    }
    String name = displayName(code);
    Software software = new Software("Entente", Version.get(), "", 1, false, "", "");
    Detected detected = new Detected(name, code.tag(), 1.0, languageParam.equalsIgnoreCase("auto") ? "entente" : "request");
    return new CheckJson(software, new Warnings(false), new LanguageInfo(name, code.tag(), detected), matches,
        ranges.stream().map(r -> List.of(r[0], r[1])).toList());
  }

  private MatchJson match(Context ctx, String text, Finding f, List<int[]> ranges, String category) {
    int from = Math.max(0, f.start() - 40);
    int to = Math.min(text.length(), f.end() + 40);
    ContextJson context = new ContextJson(text.substring(from, to), f.start() - from, f.end() - f.start());
    String sentence = text;
    for (int[] r : ranges) {
      if (r[0] <= f.start() && f.start() < r[1]) sentence = text.substring(r[0], r[1]);
    }
    List<Value> urls = f.conceptId().isEmpty() ? null
        : List.of(new Value(ctx.scheme() + "://" + ctx.host() + ApiServer.V1 + "/concepts/" + f.conceptId()));
    Rule rule = new Rule(f.checkId(), f.conceptId(), "", description(f.checkId()), f.type().its(), urls,
        new Category(category, categoryName(category)));
    return new MatchJson(f.message(), shortMessage(f.checkId()), f.replacements().stream().map(Value::new).toList(),
        f.start(), f.end() - f.start(), context, sentence, new TypeJson("Other"), rule, false, 0);
  }

  private String description(String id) {
    return checker.checks().stream().filter(c -> c.id().equals(id)).map(c -> c.description()).findFirst().orElse(id);
  }

  private static String shortMessage(String id) {
    return switch (id) {
      case "TERM_NOT_FOUND_IN_TARGET" -> "Term not found";
      case "TERM_DEPRECATED_IN_TARGET" -> "Deprecated term";
      case "TERM_DEPRECATED_IN_SOURCE" -> "Deprecated term in source";
      case "TERM_INCONSISTENT" -> "Inconsistent term";
      case "NUMBER_MISMATCH" -> "Number mismatch";
      case "ACRONYM_NOT_EXPANDED" -> "Acronym not expanded";
      case "SPELLING_VARIANT" -> "Spelling variant";
      default -> id;
    };
  }

  private static String category(Finding f) {
    return switch (f.type()) {
      case TERMINOLOGY, INCONSISTENCY -> "TERMINOLOGY";
      case NUMBERS -> "NUMBERS";
      case STYLE -> "STYLE";
      case MISSPELLING -> "TYPOS";
    };
  }

  private static String categoryName(String id) {
    return switch (id) {
      case "TERMINOLOGY" -> "Terminology";
      case "NUMBERS" -> "Numbers";
      case "STYLE" -> "Style";
      default -> "Possible Typo";
    };
  }

  private static String displayName(LanguageCode c) {
    String base = c.language() == Language.EN ? "English" : "French";
    return switch (c.region()) {
      case "" -> base;
      case "GB" -> base + " (GB)";
      case "US" -> base + " (US)";
      case "FR" -> base + " (France)";
      case "CA" -> base + " (Canada)";
      default -> base + " (" + c.region() + ")";
    };
  }

  private static LanguageCode parse(String value, String param) {
    try {
      return LanguageCode.parse(value, param);
    } catch (BadInputException e) {
      throw new LtError("'" + value + "' is not a language code known to this server (" + param + "): use en, en-GB, en-US, fr or fr-FR");
    }
  }

  private static Language guess(String text) {
    String t = " " + text.toLowerCase(Locale.ROOT) + " ";
    int fr = 0;
    int en = 0;
    for (String w : List.of(" le ", " la ", " les ", " des ", " et ", " du ", " une ", " est ", " que ", " pour ")) if (t.contains(w)) fr++;
    for (String w : List.of(" the ", " and ", " of ", " to ", " is ", " that ", " for ", " with ", " in ", " a ")) if (t.contains(w)) en++;
    return fr > en ? Language.FR : Language.EN;
  }

  private static Set<String> ids(String list) {
    if (list == null || list.isBlank()) return Set.of();
    return Arrays.stream(list.split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** A true/false parameter of Entente's own ({@code izeAllowed=true}); absent is false. */
  private static boolean flag(String value, String name) {
    if (value == null || value.isBlank()) return false;
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new LtError("'" + name + "' must be true or false, not '" + value + "'");
    };
  }

  private static List<String> preferred(String list) {
    if (list == null) return List.of();
    return Arrays.stream(list.split(",")).map(String::strip).toList();
  }

  /**
   * The text of LanguageTool's {@code data} parameter: {@code {"text": ...}} or {@code {"annotation": [...]}}. Markup
   * is replaced by spaces of the same length, so that offsets count the markup as LanguageTool's do and no check
   * reads inside a tag.
   */
  static String fromData(String data) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(data);
    } catch (Exception e) {
      throw new LtError("'data' is not valid JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) throw new LtError("'data' must be a JSON object with 'text' or 'annotation'");
    if (root.hasNonNull("text")) return root.get("text").asText();
    JsonNode ann = root.get("annotation");
    if (ann == null || !ann.isArray()) throw new LtError("'data' must have 'text' or an 'annotation' array");
    StringBuilder b = new StringBuilder();
    for (JsonNode part : ann) {
      if (part.hasNonNull("text")) {
        b.append(part.get("text").asText());
      } else if (part.hasNonNull("markup")) {
        int n = part.get("markup").asText().length();
        String as = part.hasNonNull("interpretAs") ? part.get("interpretAs").asText() : "";
        as = as.length() > n ? as.substring(0, n) : as;
        b.append(as.replaceAll("[^\\n]", " ")).append(" ".repeat(n - as.length()));
      } else {
        throw new LtError("each 'annotation' item needs 'text' or 'markup'");
      }
    }
    return b.toString();
  }

  // The bodies, as LanguageTool writes them (field order included: its clients are not ours to change).

  /** One language of {@code /v2/languages}: {@code {"name":"French (Canada)","code":"fr","longCode":"fr-CA"}}. */
  record LanguageJson(String name, String code, String longCode) {}

  /** The answer of {@code /v2/check}: who answers, the language checked, the matches and the sentences. */
  record CheckJson(Software software, Warnings warnings, LanguageInfo language, List<MatchJson> matches,
      List<List<Integer>> sentenceRanges) {}

  /** {@code {"name":"Entente","version":"…","apiVersion":1,…}}: OmegaT reads {@code apiVersion}. */
  record Software(String name, String version, String buildDate, int apiVersion, boolean premium, String premiumHint,
      String status) {}

  /** {@code {"incompleteResults":false}}. */
  record Warnings(boolean incompleteResults) {}

  /** The language checked: {@code {"name":"English (GB)","code":"en-GB","detectedLanguage":{…}}}. */
  record LanguageInfo(String name, String code, Detected detectedLanguage) {}

  /** How the language was found: {@code "request"}, or {@code "entente"} when the client sent {@code auto}. */
  record Detected(String name, String code, double confidence, String source) {}

  /** One finding as a LanguageTool match: the message, the replacements, where it is and the rule that found it. */
  record MatchJson(String message, String shortMessage, List<Value> replacements, int offset, int length,
      ContextJson context, String sentence, TypeJson type, Rule rule, boolean ignoreForIncompleteSentence,
      int contextForSureMatch) {}

  /** {@code {"value":"Kyiv"}}: a replacement or a URL. */
  record Value(String value) {}

  /** Up to 40 characters each side of the match, with the match's offset in them. */
  record ContextJson(String text, int offset, int length) {}

  /** {@code {"typeName":"Other"}}. */
  record TypeJson(String typeName) {}

  /** The check as a rule: {@code urls} (the concept's page) only when the finding names a concept. */
  record Rule(String id, String subId, String sourceFile, String description, String issueType,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<Value> urls, Category category) {}

  /** {@code {"id":"TERMINOLOGY","name":"Terminology"}}. */
  record Category(String id, String name) {}
}
