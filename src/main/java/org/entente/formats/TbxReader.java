package org.entente.formats;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.entente.text.LanguageCode;
import org.entente.text.TooLargeException;

/**
 * Reads TBX files: TBX v3 ({@code <tbx>}: TBX-Basic, TBX-Min, TBX-Core, in DCA style, {@code <descrip
 * type="definition">}, or DCT style, {@code <basic:definition>}) and TBX v2 ({@code <martif>}, {@code
 * termEntry/langSet/tig|ntig}, as IATE, OmegaT and Okapi write it). The whole file is read and checked before any
 * entry is returned, so a bad file imports nothing. The TBX-Basic rules (where each data category may appear, the
 * picklists) are checked in code; see {@link TbxBasicRules}. Only French and English are kept; other languages are
 * counted in the warnings.
 */
public final class TbxReader {
  /** Longest term accepted, in characters. */
  public static final int MAX_TERM_CHARS = 1_000;
  private static final int MAX_TEXT_CHARS = 100_000;

  private final Xml.Limits limits;

  public TbxReader(Xml.Limits limits) {
    this.limits = limits;
  }

  public TbxReader() {
    this(Xml.DEFAULT_LIMITS);
  }

  /**
   * Reads a whole file.
   *
   * @param file the file name, for error locations ({@code nato.tbx:12:5})
   * @throws BadInputException for anything malformed, with line and column
   */
  public TermFile read(InputStream in, String file) {
    try {
      XMLStreamReader r = Xml.reader(in, limits);
      try {
        return new Parse(file).run(r);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof Xml.TooLargeXmlException) {
          throw new TooLargeException(c.getMessage(), file, "split the file or raise the limit");
        }
      }
      var loc = e.getLocation();
      String where = loc == null ? file : file + ":" + loc.getLineNumber() + ":" + loc.getColumnNumber();
      throw new BadInputException("not well-formed XML: " + cleanMessage(e), where,
          "fix the XML (a TBX file must be well-formed); nothing was imported");
    }
  }

  private static String cleanMessage(XMLStreamException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + 9) : m).strip();
  }

  /** One parse of one file. */
  private final class Parse {
    private final String file;
    private final Map<String, Integer> otherLanguages = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private boolean v3;
    private TbxBasicRules rules;
    private Language documentLanguage;
    private int skippedEntries;
    private int emptyTerms;
    private int index;

    Parse(String file) {
      this.file = file;
    }

    TermFile run(XMLStreamReader r) throws XMLStreamException {
      while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) { /* prolog */ }
      if (!r.isStartElement()) throw bad("the file holds no XML element", file, "");
      String root = r.getLocalName();
      String dialect;
      if (root.equals("tbx")) {
        v3 = true;
        String type = attr(r, "type");
        String style = attr(r, "style");
        dialect = (type.isEmpty() ? "TBX" : type) + " v3" + (style.isEmpty() ? "" : " (" + style.toUpperCase(Locale.ROOT) + ")");
        rules = TbxBasicRules.forDialect(type, true);
      } else if (root.equals("martif")) {
        String type = attr(r, "type");
        dialect = "TBX v2 (martif" + (type.isEmpty() ? "" : ", " + type) + ")";
        rules = TbxBasicRules.forDialect(type, false);
      } else {
        throw bad("not a TBX file: the root element is <" + root + ">", file + ":" + where(r),
            "a TBX file starts with <tbx> (TBX v3) or <martif> (TBX v2)");
      }
      documentLanguage = language(attr(r, "xml:lang"));
      List<TermEntry> entries = new ArrayList<>();
      int depth = 1;
      while (depth > 0) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("conceptEntry") || name.equals("termEntry")) {
            XmlTree tree = XmlTree.read(r, MAX_TEXT_CHARS);
            TermEntry e = entry(tree);
            if (e != null) entries.add(e);
          } else {
            depth++;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.END_DOCUMENT) {
          throw new XMLStreamException("the file ends before </" + root + ">", r.getLocation());
        }
      }
      while (r.hasNext()) r.next(); // trailing comments; garbage after the root is an XML error
      warnings.addAll(rules.warnings());
      otherLanguages.forEach((lang, n) -> warnings.add(n + " language section(s) in '" + lang + "' skipped (only fr and en are kept)"));
      if (emptyTerms > 0) warnings.add(emptyTerms + " empty <term> placeholder(s) skipped");
      if (skippedEntries > 0) warnings.add(skippedEntries + " entr" + (skippedEntries == 1 ? "y" : "ies") + " without a French or English term skipped");
      return new TermFile(entries, warnings, dialect);
    }

    private TermEntry entry(XmlTree e) {
      index++;
      String id = e.attr("id").strip();
      String at = file + ":" + e.line + ":" + e.column;
      if (id.isEmpty()) {
        if (v3) throw bad("<conceptEntry> without an id", at, "give every conceptEntry a unique id attribute");
        id = "";
      } else {
        Integer first = ids.putIfAbsent(id, e.line);
        if (first != null) {
          throw bad("duplicate concept id '" + id + "' (first used on line " + first + ")", at,
              "give every entry a unique id");
        }
      }
      checkStructure(e);
      Draft d = new Draft(id, at);
      int termCount = 0;
      for (XmlTree c : e.children) termCount += conceptChild(c, d);
      if (termCount == 0) {
        throw bad("concept '" + (id.isEmpty() ? "#" + index : id) + "' has no term", at,
            "every entry needs at least one language section with a term");
      }
      if (d.terms.isEmpty()) {
        skippedEntries++;
        return null;
      }
      return new TermEntry(d.id, String.join("; ", d.subjectFields), d.definitions, d.notes, d.source, d.created,
          d.modified, d.supersededBy, List.copyOf(d.subsets), d.terms, at);
    }

    /** One child of a concept entry; returns how many terms (any language) it held. */
    private void checkStructure(XmlTree node) {
      Set<String> allowed = STRUCTURE.get(node.name);
      if (allowed == null || !node.prefix.isEmpty()) return;
      for (XmlTree c : node.children) {
        if (!c.prefix.isEmpty()) continue; // a DCT data category (basic:definition) or another namespace
        if (!allowed.contains(c.name)) {
          throw bad("<" + c.name + "> is not allowed inside <" + node.name + ">", loc(c),
              "use the TBX elements (" + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
        }
        checkStructure(c);
      }
    }

    private int conceptChild(XmlTree c, Draft d) {
      String cat = category(c);
      switch (c.name) {
        case "langSec", "langSet" -> {
          return languageSection(c, d);
        }
        case "transacGrp" -> {
          transaction(c, d);
          return 0;
        }
        case "descripGrp", "adminGrp", "descripNoteGrp" -> {
          if (!c.children.isEmpty()) conceptChild(c.children.get(0), d);
          return 0;
        }
        case "termSec", "tig", "ntig" -> throw bad("<" + c.name + "> outside a language section", loc(c),
            "put terms inside <" + (v3 ? "langSec" : "langSet") + " xml:lang=\"..\">");
        default -> { }
      }
      rules.checkPlacement(cat, TbxBasicRules.Level.CONCEPT, loc(c));
      switch (cat) {
        case "subjectField" -> d.subjectFields.add(c.text());
        case "definition" -> put(d.definitions, documentLanguage, c.text());
        case "note" -> {
          String t = c.text();
          if (t.startsWith(TbxWriter.SUPERSEDED_BY_NOTE)) d.supersededBy = t.substring(TbxWriter.SUPERSEDED_BY_NOTE.length()).strip();
          else put(d.notes, documentLanguage, t);
        }
        case "source" -> d.source = c.text();
        case "customerSubset", "projectSubset" -> d.subsets.add(c.text());
        case "crossReference" -> {
          if (c.text().equals(TbxWriter.SUPERSEDED_BY)) d.supersededBy = c.attr("target");
        }
        default -> { }
      }
      return 0;
    }

    private int languageSection(XmlTree ls, Draft d) {
      String tag = ls.attr("xml:lang");
      if (tag.isEmpty()) throw bad("<" + ls.name + "> without xml:lang", loc(ls), "add xml:lang=\"fr\" or \"en\"");
      Language lang = language(tag);
      int terms = 0;
      for (XmlTree c : ls.children) {
        if (c.name.equals("termSec") || c.name.equals("tig") || c.name.equals("ntig")) {
          terms++;
          TermEntry.Term t = term(c, lang == null ? Language.EN : lang, d); // other languages: checked, then dropped
          if (t == null) terms--;
          else if (lang != null) d.terms.add(t);
        }
      }
      if (lang == null) {
        otherLanguages.merge(tag, 1, Integer::sum);
        return terms;
      }
      for (XmlTree c : ls.children) {
        XmlTree item = c;
        if (c.name.equals("termSec") || c.name.equals("tig") || c.name.equals("ntig") || c.name.equals("transacGrp")) continue;
        if ((c.name.equals("descripGrp") || c.name.equals("adminGrp")) && !c.children.isEmpty()) item = c.children.get(0);
        String cat = category(item);
        rules.checkPlacement(cat, TbxBasicRules.Level.LANGUAGE, loc(item));
        switch (cat) {
          case "definition" -> put(d.definitions, lang, item.text());
          case "note" -> put(d.notes, lang, item.text());
          case "source" -> { if (d.source.isEmpty()) d.source = item.text(); }
          case "customerSubset", "projectSubset" -> d.subsets.add(item.text());
          default -> { }
        }
      }
      return terms;
    }

    private TermEntry.Term term(XmlTree t, Language lang, Draft d) {
      List<XmlTree> items = new ArrayList<>();
      flatten(t, items);
      List<XmlTree> termNodes = items.stream().filter(i -> i.name.equals("term")).toList();
      if (termNodes.isEmpty()) throw bad("<" + t.name + "> without a <term>", loc(t), "add the term");
      if (termNodes.size() > 1) throw bad("<" + t.name + "> with " + termNodes.size() + " <term> elements", loc(termNodes.get(1)),
          "put each term in its own <" + t.name + ">");
      XmlTree termNode = termNodes.get(0);
      String text = termNode.text();
      if (text.isEmpty()) {
        // MultiTerm and others write <term/> as a placeholder for a missing translation: no data, nothing lost
        emptyTerms++;
        return null;
      }
      if (text.length() > MAX_TERM_CHARS) {
        throw bad("a term of " + text.length() + " characters; the limit is " + MAX_TERM_CHARS, loc(termNode),
            "a term is a word or phrase; put longer text in a definition or context");
      }
      String status = "";
      String type = "";
      String pos = "";
      String gender = "";
      List<String> usage = new ArrayList<>();
      String context = "";
      LocalDate validFrom = null;
      LocalDate supersededFrom = null;
      for (XmlTree i : items) {
        if (i == termNode || i.name.equals("transacGrp") || i.name.equals("date") || i.name.equals("transac")
            || i.name.equals("transacNote")) continue;
        String cat = category(i);
        rules.checkPlacement(cat, TbxBasicRules.Level.TERM, loc(i));
        String v = i.text();
        switch (cat) {
          case "administrativeStatus", "normativeAuthorization", "usageStatus", "termStatus" -> {
            String s = TermStatuses.parse(v).orElseThrow(() -> bad("unknown " + cat + " '" + v + "'", loc(i),
                "use one of " + String.join(", ", TermStatuses.TBX_BASIC_VALUES)
                    + " (or preferred, admitted, notRecommended, deprecated, superseded, proposed, obsolete, forbidden)"));
            // administrativeStatus wins over the others (a file may carry both)
            if (status.isEmpty() || cat.equals("administrativeStatus")) status = s;
          }
          case "termType" -> type = rules.termType(v, loc(i), warnings);
          case "partOfSpeech" -> pos = rules.partOfSpeech(v, loc(i));
          case "grammaticalGender" -> gender = rules.gender(v, loc(i));
          case "context" -> context = v;
          case "note", "usageNote" -> {
            if (v.equals(TbxWriter.PROPOSED_NOTE)) status = "proposed";
            else if (v.startsWith(TbxWriter.VALID_FROM_NOTE)) validFrom = validityDate(v, loc(i));
            else if (v.startsWith(TbxWriter.SUPERSEDED_FROM_NOTE)) supersededFrom = validityDate(v, loc(i));
            else if (!v.isEmpty()) usage.add(v);
          }
          case "definition" -> put(d.definitions, lang, v);
          case "customerSubset", "projectSubset" -> d.subsets.add(v);
          default -> { }
        }
      }
      if (validFrom != null && supersededFrom != null && !validFrom.isBefore(supersededFrom)) {
        throw bad("term '" + text + "' is superseded (" + supersededFrom + ") before it is valid (" + validFrom + ")",
            loc(termNode), "the supersededFrom date must come after the validFrom date");
      }
      return new TermEntry.Term(text, lang, status, type, pos, gender, String.join(" ", usage), context, loc(termNode),
          validFrom, supersededFrom);
    }

    /** The ISO date of a validity note ({@code entente:validFrom=2022-06-01}). */
    private LocalDate validityDate(String note, String at) {
      String v = note.substring(note.indexOf('=') + 1).strip();
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw bad("unreadable date '" + v + "' in the note '" + note + "'", at,
            "write an ISO 8601 calendar date: " + note.substring(0, note.indexOf('=') + 1) + "2022-06-01");
      }
    }

    private void flatten(XmlTree t, List<XmlTree> out) {
      for (XmlTree c : t.children) {
        switch (c.name) {
          case "termGrp", "descripGrp", "adminGrp", "termNoteGrp" -> flatten(c, out);
          default -> out.add(c);
        }
      }
    }

    private void transaction(XmlTree g, Draft d) {
      String kind = "";
      String date = "";
      for (XmlTree c : g.children) {
        String cat = category(c);
        if (cat.equals("transactionType")) kind = c.text();
        else if (c.name.equals("date")) date = c.text();
      }
      if (date.isEmpty()) return;
      Instant when = instant(date, loc(g));
      if (when == null) return;
      if (kind.equals("origination") || kind.equals("creation")) {
        if (d.created == null || when.isBefore(d.created)) d.created = when;
      } else if (kind.equals("modification")) {
        if (d.modified == null || when.isAfter(d.modified)) d.modified = when;
      }
    }

    private Instant instant(String date, String at) {
      String v = date.strip();
      // compact forms as some tools write them: 20080307024400, 20010502T10:46:16Z
      if (v.matches("\\d{14}")) v = v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6, 8) + "T"
          + v.substring(8, 10) + ":" + v.substring(10, 12) + ":" + v.substring(12) + "Z";
      else if (v.matches("\\d{8}T.*")) v = v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6);
      else if (v.matches("\\d{8}")) v = v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6);
      try {
        if (v.length() == 10) return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) return java.time.OffsetDateTime.parse(v).toInstant();
        return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        warnings.add(at + ": unreadable date '" + date + "' ignored");
        return null;
      }
    }

    private Language language(String tag) {
      if (tag == null || tag.isEmpty()) return null;
      try {
        return LanguageCode.parse(tag, "xml:lang").language();
      } catch (BadInputException e) {
        return null;
      }
    }

    private String loc(XmlTree t) {
      return file + ":" + t.line + ":" + t.column;
    }
  }

  private static final Set<String> LINKS = Set.of("note", "ref", "xref");
  private static final Map<String, Set<String>> STRUCTURE = Map.ofEntries(
      Map.entry("termEntry", with("descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "langSet")),
      Map.entry("conceptEntry", with("descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "langSec")),
      Map.entry("langSet", with("descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "tig", "ntig")),
      Map.entry("langSec", with("descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "termSec")),
      Map.entry("tig", with("term", "termNote", "termNoteGrp", "descrip", "descripGrp", "admin", "adminGrp", "transacGrp")),
      Map.entry("termSec", with("term", "termNote", "termNoteGrp", "descrip", "descripGrp", "admin", "adminGrp",
          "transacGrp", "termCompList")),
      Map.entry("ntig", with("termGrp", "descrip", "descripGrp", "admin", "adminGrp", "transacGrp")),
      Map.entry("termGrp", with("term", "termNote", "termNoteGrp", "termCompList")),
      Map.entry("descripGrp", with("descrip", "descripNote", "admin", "adminGrp", "transacGrp")),
      Map.entry("adminGrp", with("admin", "adminNote")),
      Map.entry("termNoteGrp", with("termNote", "admin", "adminGrp", "transacGrp")),
      Map.entry("transacGrp", with("transac", "transacNote", "date")));

  private static Set<String> with(String... names) {
    Set<String> s = new java.util.HashSet<>(LINKS);
    s.addAll(List.of(names));
    return Set.copyOf(s);
  }

  /** The data category of an element: its {@code type} in DCA style and TBX v2, its own name in DCT style. */
  static String category(XmlTree n) {
    String c = switch (n.name) {
      case "descrip", "termNote", "admin", "ref", "xref", "transac", "transacNote", "adminNote", "descripNote" -> n.attr("type");
      default -> n.name;
    };
    // MultiTerm writes its field names: <termNote type="Usage Status">
    return c.equalsIgnoreCase("usage status") || c.equalsIgnoreCase("usagestatus") ? "usageStatus" : c;
  }

  private static void put(Map<Language, String> map, Language lang, String text) {
    if (lang == null || text.isEmpty()) return;
    map.merge(lang, text, (a, b) -> a + " " + b);
  }

  private static String attr(XMLStreamReader r, String name) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String local = r.getAttributeLocalName(i);
      String full = "http://www.w3.org/XML/1998/namespace".equals(r.getAttributeNamespace(i)) ? "xml:" + local : local;
      if (full.equals(name)) return r.getAttributeValue(i);
    }
    return "";
  }

  private static String where(XMLStreamReader r) {
    return r.getLocation().getLineNumber() + ":" + r.getLocation().getColumnNumber();
  }

  private static BadInputException bad(String message, String where, String hint) {
    return new BadInputException(message, where, hint);
  }

  /** An entry being read. */
  private static final class Draft {
    String id;
    final String where;
    final Set<String> subjectFields = new LinkedHashSet<>();
    final Map<Language, String> definitions = new EnumMap<>(Language.class);
    final Map<Language, String> notes = new EnumMap<>(Language.class);
    String source = "";
    Instant created;
    Instant modified;
    String supersededBy = "";
    final Set<String> subsets = new LinkedHashSet<>();
    final List<TermEntry.Term> terms = new ArrayList<>();

    Draft(String id, String where) {
      this.id = id;
      this.where = where;
    }
  }
}
