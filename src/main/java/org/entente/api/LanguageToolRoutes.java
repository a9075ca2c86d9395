package org.entente.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    List<Map<String, String>> out = new ArrayList<>();
    out.add(lang("English", "en", "en"));
    out.add(lang("English (GB)", "en", "en-GB"));
    out.add(lang("English (US)", "en", "en-US"));
    out.add(lang("French", "fr", "fr"));
    out.add(lang("French (France)", "fr", "fr-FR"));
    out.add(lang("French (Canada)", "fr", "fr-CA"));
    out.add(lang("French (Belgium)", "fr", "fr-BE"));
    ctx.json(out);
  }

  private static Map<String, String> lang(String name, String code, String longCode) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("code", code);
    m.put("longCode", longCode);
    return m;
  }

  private void check(Context ctx) {
    try {
      ctx.json(answer(ctx));
    } catch (LtError | BadInputException e) {
      ctx.status(400).contentType("text/plain; charset=utf-8").result("Error: " + e.getMessage());
    }
  }

  private Map<String, Object> answer(Context ctx) {
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
    List<Map<String, Object>> matches = new ArrayList<>();
    for (Finding f : report.findings()) {
      String category = category(f);
      if (disabledCategories.contains(category)) continue;
      matches.add(match(ctx, text, f, ranges, category));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    Map<String, Object> software = new LinkedHashMap<>();
    software.put("name", "Entente");
    software.put("version", Version.get());
    software.put("buildDate", "");
    software.put("apiVersion", 1);
    software.put("premium", false);
    software.put("premiumHint", "");
    software.put("status", "");
    body.put("software", software);
    body.put("warnings", Map.of("incompleteResults", false));
    Map<String, Object> language = new LinkedHashMap<>();
    String name = displayName(code);
    language.put("name", name);
    language.put("code", code.tag());
    Map<String, Object> detected = new LinkedHashMap<>();
    detected.put("name", name);
    detected.put("code", code.tag());
    detected.put("confidence", 1.0);
    detected.put("source", languageParam.equalsIgnoreCase("auto") ? "entente" : "request");
    language.put("detectedLanguage", detected);
    body.put("language", language);
    body.put("matches", matches);
    body.put("sentenceRanges", ranges.stream().map(r -> List.of(r[0], r[1])).toList());
    return body;
  }

  private Map<String, Object> match(Context ctx, String text, Finding f, List<int[]> ranges, String category) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("message", f.message());
    m.put("shortMessage", shortMessage(f.checkId()));
    m.put("replacements", f.replacements().stream().map(r -> Map.of("value", r)).toList());
    m.put("offset", f.start());
    m.put("length", f.end() - f.start());
    int from = Math.max(0, f.start() - 40);
    int to = Math.min(text.length(), f.end() + 40);
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("text", text.substring(from, to));
    context.put("offset", f.start() - from);
    context.put("length", f.end() - f.start());
    m.put("context", context);
    String sentence = text;
    for (int[] r : ranges) {
      if (r[0] <= f.start() && f.start() < r[1]) sentence = text.substring(r[0], r[1]);
    }
    m.put("sentence", sentence);
    m.put("type", Map.of("typeName", "Other"));
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", f.checkId());
    rule.put("subId", f.conceptId());
    rule.put("sourceFile", "");
    rule.put("description", description(f.checkId()));
    rule.put("issueType", f.type().its());
    if (!f.conceptId().isEmpty()) {
      rule.put("urls", List.of(Map.of("value", ctx.scheme() + "://" + ctx.host() + ApiServer.V1 + "/concepts/" + f.conceptId())));
    }
    rule.put("category", Map.of("id", category, "name", categoryName(category)));
    m.put("rule", rule);
    m.put("ignoreForIncompleteSentence", false);
    m.put("contextForSureMatch", 0);
    return m;
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
}
