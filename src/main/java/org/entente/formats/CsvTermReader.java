package org.entente.formats;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.text.BadInputException;
import org.entente.text.Language;

/**
 * Reads CSV and TSV glossaries with a column mapping taken from the header row ({@code fr,en,note},
 * {@code TERM_EN,TERME_FR,...} as TERMIUM writes them, or our own export's one-term-per-row layout) or given as
 * {@code --columns fr,en,note}. UTF-8 and UTF-16 with or without BOM; OmegaT's tab-separated glossaries
 * ({@code source<TAB>target<TAB>comment}, {@code #} comment lines) are read as {@code fr,en,note} unless told
 * otherwise. A row with more or fewer fields than the header, an unknown status or an over-long term is an error
 * with its line; nothing is returned from a bad file.
 *
 * <p>Column roles: {@code id}, {@code subject}, {@code source}, {@code created}, {@code modified},
 * {@code supersededBy}, {@code subsets}, {@code note}, {@code ignore}; per language {@code fr}, {@code en} and
 * {@code fr.status}, {@code fr.type}, {@code fr.pos}, {@code fr.gender}, {@code fr.usage}, {@code fr.context},
 * {@code fr.definition}, {@code fr.note}, {@code fr.synonyms}, {@code fr.abbreviation} (and their
 * {@code .params}, TERMIUM's "correct,masculine noun").
 */
public final class CsvTermReader {
  private static final Pattern LANG_ROLE = Pattern.compile(
      "(fr|en)(?:[._ -](status|type|pos|gender|usage|context|definition|note|synonyms|abbreviation)(?:[._ -](params))?)?");
  private static final Map<String, String> HEADER_ALIASES = aliases();
  private static final Set<String> CONCEPT_ROLES = Set.of("id", "subject", "source", "created", "modified",
      "supersededBy", "subsets", "note", "ignore", "language", "term", "status", "type", "pos", "gender", "usage",
      "context", "fr.definition", "en.definition", "fr.note", "en.note");

  /** How to read a file: the column roles ({@code null}: from the header row) and the delimiter ({@code null}: by extension). */
  public record Options(List<String> columns, Character delimiter) {
    public static final Options DEFAULT = new Options(null, null);
  }

  public TermFile read(byte[] bytes, String file, Options options) {
    String text = decode(bytes, file);
    char delimiter = options.delimiter() != null ? options.delimiter() : delimiter(file, text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
        .setTrim(false).get();
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      records = parser.getRecords();
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new BadInputException("malformed CSV: " + e.getMessage(), file,
          "check the quotes: a field that holds the delimiter or a quote must be quoted, quotes doubled");
    }
    List<String> warnings = new ArrayList<>();
    List<CSVRecord> rows = new ArrayList<>();
    for (CSVRecord r : records) {
      if (isBlank(r)) continue;
      if (r.get(0).startsWith("#") && rows.isEmpty() && delimiter == '\t') continue; // OmegaT comment lines
      rows.add(r);
    }
    if (rows.isEmpty()) return new TermFile(List.of(), List.of("the file holds no entry"), "empty");
    List<String> roles;
    boolean header;
    if (options.columns() != null) {
      roles = checkRoles(options.columns(), "--columns");
      header = headerRoles(rows.get(0)) != null;
    } else {
      roles = headerRoles(rows.get(0));
      header = roles != null;
      if (!header) {
        roles = List.of("fr", "en", "note");
        warnings.add("no header row naming the columns: read as fr, en, note (OmegaT glossary layout); "
            + "give --columns to say otherwise");
      }
    }
    if (header) {
      List<String> ignored = new ArrayList<>();
      for (int i = 0; i < roles.size(); i++) if (roles.get(i).equals("ignore")) ignored.add(rows.get(0).get(i));
      if (!ignored.isEmpty()) warnings.add("columns ignored: " + String.join(", ", ignored));
    }
    List<CSVRecord> data = header ? rows.subList(1, rows.size()) : rows;
    boolean longLayout = roles.contains("term") && roles.contains("language");
    List<TermEntry> entries = longLayout ? readLong(data, roles, file, header) : readWide(data, roles, file, header);
    String fmt = (delimiter == '\t' ? "TSV" : "CSV") + (header ? ", header" : ", no header")
        + (longLayout ? ", one term per row" : "");
    return new TermFile(entries, warnings, fmt);
  }

  private List<TermEntry> readWide(List<CSVRecord> rows, List<String> roles, String file, boolean strictWidth) {
    List<TermEntry> out = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    Language noteLanguage = roles.contains("fr") && roles.indexOf("fr") < Math.max(0, roles.indexOf("en")) || !roles.contains("en")
        ? Language.FR : Language.EN;
    for (CSVRecord r : rows) {
      String at = file + ":" + line(r);
      checkWidth(r, roles.size(), at, strictWidth);
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < Math.min(roles.size(), r.size()); i++) {
        String v = r.get(i).strip();
        String role = roles.get(i);
        if (v.isEmpty() || role.equals("ignore")) continue;
        if (role.endsWith("note")) cells.merge(role, v, (a, b) -> a + " " + b);
        else cells.putIfAbsent(role, v);
      }
      List<TermEntry.Term> terms = new ArrayList<>();
      Map<Language, String> definitions = new EnumMap<>(Language.class);
      Map<Language, String> notes = new EnumMap<>(Language.class);
      for (Language lang : Language.values()) {
        String l = lang.code();
        String main = cells.get(l);
        if (main != null) {
          terms.add(term(main, lang, cells.getOrDefault(l + ".status", cells.get("status")), cells.get(l + ".type"),
              cells.get(l + ".pos"), cells.get(l + ".gender"), cells.get(l + ".usage"), cells.get(l + ".context"),
              cells.get(l + ".params"), "preferred", at));
        }
        addList(terms, cells.get(l + ".synonyms"), cells.get(l + ".synonyms.params"), lang, "variant", at);
        addList(terms, cells.get(l + ".abbreviation"), cells.get(l + ".abbreviation.params"), lang, "abbreviation", at);
        if (cells.containsKey(l + ".definition")) definitions.put(lang, cells.get(l + ".definition"));
        if (cells.containsKey(l + ".note")) notes.put(lang, cells.get(l + ".note"));
      }
      if (cells.containsKey("note")) notes.merge(noteLanguage, cells.get("note"), (a, b) -> a + " " + b);
      if (terms.isEmpty()) {
        throw new BadInputException("a row with no French or English term", at,
            "fill the fr or en column, or remove the row");
      }
      String id = cells.getOrDefault("id", "");
      if (!id.isEmpty() && !ids.add(id)) {
        throw new BadInputException("duplicate concept id '" + id + "'", at, "give every row a unique id");
      }
      out.add(new TermEntry(id, cells.get("subject"), definitions, notes, cells.get("source"),
          instant(cells.get("created"), at), instant(cells.get("modified"), at), cells.get("supersededBy"),
          subsets(cells.get("subsets")), terms, at));
    }
    return out;
  }

  private List<TermEntry> readLong(List<CSVRecord> rows, List<String> roles, String file, boolean strictWidth) {
    Map<String, List<CSVRecord>> byId = new LinkedHashMap<>();
    for (CSVRecord r : rows) {
      String at = file + ":" + line(r);
      checkWidth(r, roles.size(), at, strictWidth);
      int idCol = roles.indexOf("id");
      String id = idCol >= 0 && idCol < r.size() ? r.get(idCol).strip() : "";
      if (id.isEmpty()) throw new BadInputException("a row without a concept id", at, "fill the id column");
      byId.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
    }
    List<TermEntry> out = new ArrayList<>();
    for (var e : byId.entrySet()) {
      List<TermEntry.Term> terms = new ArrayList<>();
      Map<String, String> concept = new LinkedHashMap<>();
      String first = file + ":" + line(e.getValue().get(0));
      for (CSVRecord r : e.getValue()) {
        String at = file + ":" + line(r);
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(roles.size(), r.size()); i++) cells.put(roles.get(i), r.get(i));
        for (String k : List.of("subject", "source", "created", "modified", "supersededBy", "subsets", "fr.definition",
            "en.definition", "fr.note", "en.note")) {
          String v = cells.getOrDefault(k, "").strip();
          if (!v.isEmpty()) concept.putIfAbsent(k, v);
        }
        String lang = cells.getOrDefault("language", "").strip();
        String text = cells.getOrDefault("term", "").strip();
        if (text.isEmpty()) throw new BadInputException("a row without a term", at, "fill the term column");
        Language language = org.entente.text.Language.parse(lang, at + " language");
        terms.add(term(text, language, cells.get("status"), cells.get("type"), cells.get("pos"), cells.get("gender"),
            cells.get("usage"), cells.get("context"), null, "admitted", at));
      }
      Map<Language, String> definitions = new EnumMap<>(Language.class);
      Map<Language, String> notes = new EnumMap<>(Language.class);
      for (Language l : Language.values()) {
        if (concept.containsKey(l.code() + ".definition")) definitions.put(l, concept.get(l.code() + ".definition"));
        if (concept.containsKey(l.code() + ".note")) notes.put(l, concept.get(l.code() + ".note"));
      }
      out.add(new TermEntry(e.getKey(), concept.get("subject"), definitions, notes, concept.get("source"),
          instant(concept.get("created"), first), instant(concept.get("modified"), first), concept.get("supersededBy"),
          subsets(concept.get("subsets")), terms, first));
    }
    return out;
  }

  private static long line(CSVRecord r) {
    return LINE_STARTS.get().lineAt(r.getCharacterPosition());
  }

  /** Line starts of the text being parsed, to turn a record's character position into a line number. */
  private static final ThreadLocal<LineIndex> LINE_STARTS = ThreadLocal.withInitial(() -> new LineIndex(""));

  private static final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
      List<Integer> s = new ArrayList<>();
      s.add(0);
      for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') s.add(i + 1);
      starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    long lineAt(long pos) {
      int i = java.util.Arrays.binarySearch(starts, (int) pos);
      return (i >= 0 ? i : -i - 2) + 1;
    }
  }

  private static void checkWidth(CSVRecord r, int expected, String at, boolean strict) {
    if (r.size() > expected && !allBlankFrom(r, expected)) {
      throw new BadInputException("a row with " + r.size() + " fields where " + expected + " columns are mapped", at,
          "quote fields that hold the delimiter, or map every column (--columns ..., ignore)");
    }
    if (strict && r.size() < expected) {
      throw new BadInputException("a row with " + r.size() + " fields where the header has " + expected, at,
          "give every row as many fields as the header (empty fields are fine)");
    }
  }

  private static boolean allBlankFrom(CSVRecord r, int from) {
    for (int i = from; i < r.size(); i++) if (!r.get(i).isBlank()) return false;
    return true;
  }

  private TermEntry.Term term(String text, Language lang, String status, String type, String pos, String gender,
      String usage, String context, String params, String defaultStatus, String at) {
    if (text.length() > TbxReader.MAX_TERM_CHARS) {
      throw new BadInputException("a term of " + text.length() + " characters; the limit is " + TbxReader.MAX_TERM_CHARS,
          at, "a term is a word or phrase; put longer text in a note or definition column");
    }
    String s = defaultStatus;
    List<String> usageParts = new ArrayList<>();
    if (usage != null && !usage.isBlank()) usageParts.add(usage.strip());
    String p = pos == null ? "" : pos.strip();
    String g = gender == null ? "" : gender.strip();
    if (params != null) {
      for (String param : params.split(",")) {
        String v = param.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) continue;
        switch (v) {
          case "correct", "standardized", "officially approved" -> { }
          case "proposal" -> s = "proposed";
          case "avoid", "à éviter", "incorrect" -> s = "deprecated";
          case "former designation", "obsolete" -> s = "superseded";
          case "masculine noun" -> { p = "noun"; g = "masculine"; }
          case "feminine noun" -> { p = "noun"; g = "feminine"; }
          case "noun", "verb", "adjective", "adverb" -> p = v;
          default -> usageParts.add(param.strip());
        }
      }
    }
    if (status != null && !status.isBlank()) {
      s = TermStatuses.parse(status).orElseThrow(() -> new BadInputException("unknown status '" + status.strip() + "'",
          at, "use preferred, admitted, proposed, deprecated or superseded"));
    }
    String t = type == null || type.isBlank() ? "" : type.strip();
    if (!t.isEmpty()) {
      String found = null;
      for (String known : TermEntry.TYPES) if (known.equalsIgnoreCase(t.replace(" ", "").replace("_", ""))) found = known;
      if (found == null) {
        throw new BadInputException("unknown term type '" + t + "'", at, "use one of " + String.join(", ", TermEntry.TYPES));
      }
      t = found;
    }
    return new TermEntry.Term(text, lang, s, t, p, g, String.join("; ", usageParts), context, at);
  }

  private void addList(List<TermEntry.Term> terms, String cell, String params, Language lang, String type, String at) {
    if (cell == null) return;
    String[] items = cell.split(";");
    String[] ps = params == null ? new String[0] : params.split(";");
    for (int i = 0; i < items.length; i++) {
      String item = items[i].strip();
      if (item.isEmpty()) continue;
      String tt = type.equals("abbreviation") && item.equals(item.toUpperCase(Locale.ROOT)) ? "acronym" : type;
      terms.add(term(item, lang, null, tt, null, null, null, null, i < ps.length ? ps[i] : null, "admitted", at));
    }
  }

  private static List<String> subsets(String cell) {
    if (cell == null || cell.isBlank()) return List.of();
    Set<String> out = new LinkedHashSet<>();
    for (String s : cell.split("[;|]")) if (!s.isBlank()) out.add(s.strip());
    return List.copyOf(out);
  }

  private static Instant instant(String value, String at) {
    if (value == null || value.isBlank()) return null;
    try {
      String v = value.strip();
      return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadInputException("unreadable date '" + value + "'", at, "write dates as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ");
    }
  }

  /** The roles of a header row, or null when the row does not look like a header (no language column). */
  static List<String> headerRoles(CSVRecord first) {
    List<String> roles = new ArrayList<>();
    boolean language = false;
    int known = 0;
    for (String cell : first) {
      String role = role(cell);
      if (role == null) {
        roles.add("ignore");
        continue;
      }
      known++;
      if (role.equals("fr") || role.equals("en") || role.equals("term")) language = true;
      roles.add(role);
    }
    return language && known >= Math.min(2, first.size()) ? roles : null;
  }

  private static String role(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip();
    String alias = HEADER_ALIASES.get(h);
    if (alias != null) return alias;
    if (LANG_ROLE.matcher(h).matches() || CONCEPT_ROLES.contains(h)) return canonical(h);
    Matcher m = Pattern.compile("(status|type|pos|gender|usage|context|definition|note|synonyms)[._ -](fr|en)").matcher(h);
    if (m.matches()) return m.group(2) + "." + m.group(1);
    return null;
  }

  private static String canonical(String role) {
    Matcher m = LANG_ROLE.matcher(role);
    if (m.matches()) {
      StringBuilder b = new StringBuilder(m.group(1));
      if (m.group(2) != null) b.append('.').append(m.group(2));
      if (m.group(3) != null) b.append('.').append(m.group(3));
      return b.toString();
    }
    return role.equals("supersededby") ? "supersededBy" : role;
  }

  private static List<String> checkRoles(List<String> columns, String where) {
    List<String> out = new ArrayList<>();
    for (String c : columns) {
      String r = role(c);
      if (r == null) {
        throw new BadInputException("unknown column role '" + c + "'", where,
            "use fr, en, fr.status, en.type, fr.note, note, id, subject, source, ignore ...");
      }
      out.add(r);
    }
    if (!out.contains("fr") && !out.contains("en") && !out.contains("term")) {
      throw new BadInputException("no column holds French or English terms", where, "name at least one column fr or en");
    }
    return out;
  }

  private static Map<String, String> aliases() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String s : List.of("french", "français", "francais", "fr-fr", "fr_fr", "fr-ca", "fr_ca", "term_fr", "terme_fr",
        "french term", "terme français", "fra", "fre")) m.put(s, "fr");
    for (String s : List.of("english", "anglais", "en-gb", "en_gb", "en-us", "en_us", "term_en", "english term",
        "eng")) m.put(s, "en");
    for (String s : List.of("conceptid", "concept id", "concept", "entry id", "entry")) m.put(s, "id");
    for (String s : List.of("subjectfield", "subject field", "domain", "domaine", "subject_en", "domaine_fr")) m.put(s, "subject");
    for (String s : List.of("notes", "comment", "comments", "commentaire", "remarque", "description")) m.put(s, "note");
    for (String s : List.of("lang", "language code")) m.put(s, "language");
    m.put("partofspeech", "pos");
    m.put("supersededby", "supersededBy");
    m.put("superseded by", "supersededBy");
    m.put("usagenote", "usage");
    m.put("definition_fr", "fr.definition");
    m.put("definition_en", "en.definition");
    m.put("note_fr", "fr.note");
    m.put("note_en", "en.note");
    m.put("abbreviation_en", "en.abbreviation");
    m.put("abbreviation_fr", "fr.abbreviation");
    m.put("synonyms_en", "en.synonyms");
    m.put("synonymes_fr", "fr.synonyms");
    m.put("term_en_parameter", "en.params");
    m.put("terme_fr_parametre", "fr.params");
    m.put("abbreviation_en_parameter", "en.abbreviation.params");
    m.put("abbreviation_fr_parametre", "fr.abbreviation.params");
    m.put("synonyms_en_parameters", "en.synonyms.params");
    m.put("synonymes_fr_parametre", "fr.synonyms.params");
    for (int i = 1; i <= 3; i++) {
      m.put("textual_support_" + i + "_en", "en.note");
      m.put("justification_" + i + "_fr", "fr.note");
    }
    return Map.copyOf(m);
  }

  private static boolean isBlank(CSVRecord r) {
    for (String s : r) if (!s.isBlank()) return false;
    return true;
  }

  private static char delimiter(String file, String text) {
    String f = file.toLowerCase(Locale.ROOT);
    if (f.endsWith(".tsv") || f.endsWith(".tab") || f.endsWith(".txt") || f.endsWith(".utf8")) return '\t';
    int nl = text.indexOf('\n');
    String first = nl < 0 ? text : text.substring(0, nl);
    if (first.chars().filter(c -> c == '\t').count() > first.chars().filter(c -> c == ',').count()) return '\t';
    if (first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()) return ';';
    return ',';
  }

  /** Decodes by BOM (UTF-8, UTF-16LE/BE), else UTF-16 by its zero bytes, else strict UTF-8. */
  static String decode(byte[] b, String file) {
    Charset cs;
    int skip = 0;
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (b.length >= 4 && b[0] == 0 && b[1] != 0) {
      cs = StandardCharsets.UTF_16BE;
    } else if (b.length >= 4 && b[0] != 0 && b[1] == 0) {
      cs = StandardCharsets.UTF_16LE;
    } else {
      cs = StandardCharsets.UTF_8;
    }
    try {
      String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
      LINE_STARTS.set(new LineIndex(s));
      return s;
    } catch (CharacterCodingException e) {
      int line = 1;
      int bad = firstBadUtf8(b, skip);
      for (int i = skip; i < bad && i < b.length; i++) if (b[i] == '\n') line++;
      throw new BadInputException("the file is not valid " + cs.name() + " (byte " + bad + ")", file + ":" + line,
          "save it as UTF-8 (or UTF-16 with a byte-order mark)");
    }
  }

  private static int firstBadUtf8(byte[] b, int from) {
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int n = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
      if (n < 0) return i;
      for (int k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) return i;
      i += n + 1;
    }
    return b.length;
  }
}
