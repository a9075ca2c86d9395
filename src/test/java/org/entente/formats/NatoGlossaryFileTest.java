package org.entente.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.entente.text.TextNormalizer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates {@code glossaries/nato.tbx}, our NATO glossary, against the TBX-Basic rules (element placement,
 * picklists) and against the corpus term list {@code ../shared/corpus/nato/ALL_TERMS.tsv}: every pair there is a
 * term pair of one concept or is listed in {@code glossary-exclusions.tsv} with a reason.
 */
class NatoGlossaryFileTest {
  static final Path GLOSSARY = Path.of("glossaries", "nato.tbx");
  static final Path DOCS = Path.of("docs", "glossary.md");
  static final Path ALL_TERMS = Path.of("..", "shared", "corpus", "nato", "ALL_TERMS.tsv");
  static final String TBX_NS = "urn:iso:std:iso:30042:ed:3.0";
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  static final String NO_CHECK = "no-check";

  static final Map<String, Set<String>> PICKLISTS = Map.of(
      "administrativeStatus", Set.of("preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts",
          "supersededTerm-admn-sts"),
      "partOfSpeech", Set.of("noun", "properNoun", "verb", "adjective", "adverb", "other"),
      "termType", Set.of("fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"),
      "grammaticalGender", Set.of("masculine", "feminine", "neuter", "other"),
      "transactionType", Set.of("origination", "modification"));

  /** Where each TBX-Basic element may appear: element → allowed parents. */
  static final Map<String, Set<String>> PARENTS = Map.ofEntries(
      Map.entry("tbxHeader", Set.of("tbx")), Map.entry("fileDesc", Set.of("tbxHeader")),
      Map.entry("titleStmt", Set.of("fileDesc")), Map.entry("title", Set.of("titleStmt")),
      Map.entry("publicationStmt", Set.of("fileDesc")), Map.entry("sourceDesc", Set.of("fileDesc")),
      Map.entry("encodingDesc", Set.of("tbxHeader")), Map.entry("revisionDesc", Set.of("tbxHeader")),
      Map.entry("p", Set.of("sourceDesc", "publicationStmt", "encodingDesc", "revisionDesc")),
      Map.entry("text", Set.of("tbx")), Map.entry("body", Set.of("text")), Map.entry("back", Set.of("text")),
      Map.entry("conceptEntry", Set.of("body")), Map.entry("langSec", Set.of("conceptEntry")),
      Map.entry("termSec", Set.of("langSec")), Map.entry("term", Set.of("termSec")),
      Map.entry("termNote", Set.of("termSec")),
      Map.entry("descrip", Set.of("conceptEntry", "langSec", "termSec", "descripGrp")),
      Map.entry("descripGrp", Set.of("conceptEntry", "langSec", "termSec")),
      Map.entry("admin", Set.of("conceptEntry", "langSec", "termSec", "descripGrp")),
      Map.entry("transacGrp", Set.of("conceptEntry", "langSec", "termSec")),
      Map.entry("transac", Set.of("transacGrp")), Map.entry("date", Set.of("transacGrp")),
      Map.entry("transacNote", Set.of("transacGrp")),
      Map.entry("note", Set.of("conceptEntry", "langSec", "termSec")),
      Map.entry("ref", Set.of("conceptEntry", "langSec", "termSec")),
      Map.entry("xref", Set.of("conceptEntry", "langSec", "termSec")));

  /** Data categories with a fixed level: type → the levels (nearest non-group ancestor) where it may appear. */
  static final Map<String, Set<String>> LEVELS = Map.of(
      "subjectField", Set.of("conceptEntry"),
      "definition", Set.of("conceptEntry", "langSec"),
      "context", Set.of("termSec"),
      "projectSubset", Set.of("conceptEntry", "termSec"),
      "customerSubset", Set.of("conceptEntry", "termSec"),
      "source", Set.of("conceptEntry", "langSec", "termSec"));

  static final Set<String> DESCRIP_TYPES = Set.of("subjectField", "definition", "context");
  static final Set<String> ADMIN_TYPES = Set.of("source", "projectSubset", "customerSubset");
  static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
  static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  record TermRecord(String text, Map<String, String> notes, int line) {
    String note(String type) {
      return notes.get(type);
    }
  }

  record ConceptRecord(String id, int line, List<String> subjectFields, Set<String> projectSubsets,
      List<String> originationDates, Map<String, List<TermRecord>> terms, Map<String, String> definitions) {
    boolean noCheck() {
      return projectSubsets.contains(NO_CHECK);
    }

    List<TermRecord> terms(String lang) {
      return terms.getOrDefault(lang, List.of());
    }
  }

  record Glossary(Map<String, String> rootAttributes, List<ConceptRecord> concepts, List<String> violations) {}

  record Pair(String french, String english) {}

  static Glossary glossary;

  @BeforeAll
  static void readGlossary() throws IOException, XMLStreamException {
    assertThat(GLOSSARY).as("the glossary, relative to the project root").isRegularFile();
    try (InputStream in = Files.newInputStream(GLOSSARY)) {
      glossary = read(in);
    }
  }

  @Test
  void isWellFormedTbxBasicInTheDcaStyle() {
    assertThat(glossary.rootAttributes())
        .containsEntry("type", "TBX-Basic")
        .containsEntry("style", "dca")
        .containsEntry("xml:lang", "en");
    assertThat(glossary.violations()).isEmpty();
  }

  @Test
  void holdsAtLeast150ConceptsWithUniqueIds() {
    List<String> ids = glossary.concepts().stream().map(ConceptRecord::id).toList();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates();
    assertThat(ids).allMatch(id -> ID.matcher(id).matches() && id.startsWith("nato-"), "an XML name starting nato-");
  }

  @Test
  void everyConceptHasFrenchAndEnglishTerms() {
    for (ConceptRecord c : glossary.concepts()) {
      assertThat(c.terms().keySet()).as(c.id()).containsExactlyInAnyOrder("fr", "en");
      assertThat(c.terms("fr")).as(c.id() + " fr").isNotEmpty();
      assertThat(c.terms("en")).as(c.id() + " en").isNotEmpty();
      for (TermRecord t : c.terms().values().stream().flatMap(List::stream).toList()) {
        assertThat(t.text()).as(c.id() + " line " + t.line()).isNotBlank().isEqualTo(t.text().strip())
            .doesNotContain("  ");
      }
    }
  }

  @Test
  void everyCheckedConceptHasExactlyOnePreferredTermPerLanguage() {
    for (ConceptRecord c : glossary.concepts()) {
      if (c.noCheck()) continue;
      for (String lang : List.of("fr", "en")) {
        long preferred = c.terms(lang).stream()
            .filter(t -> "preferredTerm-admn-sts".equals(t.note("administrativeStatus"))).count();
        assertThat(preferred).as(c.id() + " preferred terms in " + lang).isEqualTo(1);
      }
    }
  }

  @Test
  void everyTermHasAStatusATypeAndAPartOfSpeechFromThePicklists() {
    for (ConceptRecord c : glossary.concepts()) {
      for (TermRecord t : c.terms().values().stream().flatMap(List::stream).toList()) {
        for (String type : List.of("administrativeStatus", "termType", "partOfSpeech")) {
          assertThat(PICKLISTS.get(type)).as(c.id() + " '" + t.text() + "' " + type).contains(t.note(type));
        }
      }
    }
  }

  @Test
  void frenchNounsHaveAGrammaticalGender() {
    for (ConceptRecord c : glossary.concepts()) {
      for (TermRecord t : c.terms("fr")) {
        if (Set.of("noun", "properNoun").contains(t.note("partOfSpeech"))) {
          assertThat(t.note("grammaticalGender")).as(c.id() + " '" + t.text() + "'").isIn("masculine", "feminine");
        }
      }
      for (TermRecord t : c.terms("en")) {
        assertThat(t.note("grammaticalGender")).as(c.id() + " '" + t.text() + "' (English)").isNull();
      }
    }
  }

  @Test
  void everyConceptHasASubjectFieldAndAnOriginationDate() {
    for (ConceptRecord c : glossary.concepts()) {
      assertThat(c.subjectFields()).as(c.id()).hasSize(1);
      assertThat(c.originationDates()).as(c.id()).hasSize(1).allMatch(d -> DATE.matcher(d).matches());
    }
  }

  @Test
  void englishDefinitionsUseBritishSpelling() {
    Pattern american = Pattern.compile(
        "\\b(defense|offense|organiz\\w*|program|programs|center|centers|favor\\w*|behavior\\w*|labor|"
            + "analyz\\w*|recogniz\\w*|standardiz\\w*|moderniz\\w*|mobiliz\\w*|stabiliz\\w*)\\b",
        Pattern.CASE_INSENSITIVE);
    int definitions = 0;
    for (ConceptRecord c : glossary.concepts()) {
      String definition = c.definitions().get("en");
      if (definition == null) continue;
      definitions++;
      assertThat(american.matcher(definition).find()).as(c.id() + ": " + definition).isFalse();
    }
    assertThat(definitions).as("concepts with an English definition").isGreaterThan(150);
  }

  @Test
  void frenchTermsUseTheTypographicApostrophe() {
    for (ConceptRecord c : glossary.concepts()) {
      for (TermRecord t : c.terms("fr")) assertThat(t.text()).as(c.id()).doesNotContain("'");
    }
  }

  @Test
  void noTermIsRecordedInTwoConcepts() {
    for (String lang : List.of("fr", "en")) {
      Map<String, String> owner = new HashMap<>();
      for (ConceptRecord c : glossary.concepts()) {
        for (TermRecord t : c.terms(lang)) {
          String previous = owner.putIfAbsent(key(t.text()), c.id());
          assertThat(previous == null || previous.equals(c.id()))
              .as("'%s' (%s) is in %s and %s", t.text(), lang, previous, c.id()).isTrue();
        }
      }
    }
  }

  @Test
  void everyCorpusTermPairIsInOneConceptOrExcludedWithAReason() throws IOException {
    List<Pair> corpus = corpusPairs();
    Map<Pair, String> exclusions = exclusions();
    List<String> missing = new ArrayList<>();
    for (Pair p : corpus) {
      if (!covered(p) && !exclusions.containsKey(normalised(p))) missing.add(p.french() + " | " + p.english());
    }
    assertThat(missing).as("ALL_TERMS pairs neither in one concept nor excluded").isEmpty();
  }

  @Test
  void exclusionsAreCorpusPairsTheGlossaryDoesNotCover() throws IOException {
    Set<Pair> corpus = new java.util.HashSet<>();
    for (Pair p : corpusPairs()) corpus.add(normalised(p));
    for (Map.Entry<Pair, String> e : exclusions().entrySet()) {
      assertThat(corpus).as("excluded pair %s is in ALL_TERMS.tsv", e.getKey()).contains(e.getKey());
      assertThat(covered(e.getKey())).as("excluded pair %s is covered after all", e.getKey()).isFalse();
    }
  }

  @Test
  void theDocsTableListsEveryExclusionAndTheNoCheckMarking() throws IOException {
    String docs = TextNormalizer.MATCHING.apply(Files.readString(DOCS, StandardCharsets.UTF_8));
    for (Pair p : exclusions().keySet()) {
      assertThat(docs).as("docs/glossary.md lists the exclusion").contains("| " + p.french() + " | " + p.english() + " |");
    }
    assertThat(docs).contains("<admin type=\"projectsubset\">no-check</admin>");
    assertThat(exclusions()).isNotEmpty();
  }

  @Test
  void theDocsGiveTheConceptCountOfEverySubjectField() throws IOException {
    String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
    Map<String, Integer> counts = new TreeMap<>();
    for (ConceptRecord c : glossary.concepts()) counts.merge(c.subjectFields().get(0), 1, Integer::sum);
    counts.forEach((field, n) -> assertThat(docs).as("docs/glossary.md row for " + field)
        .contains("| " + field + " | " + n + " |"));
    assertThat(docs).contains("| **total** | **" + glossary.concepts().size() + "** |");
  }

  @Test
  void theCheckerReportsMisplacedElementsAndValuesOutsideThePicklists() throws Exception {
    String bad = """
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0">
         <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
         <text><body>
          <conceptEntry id="c1">
           <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
           <langSec xml:lang="fr"><descrip type="subjectField">x</descrip><termSec><term>a</term>
             <termNote type="administrativeStatus">forbidden</termNote><termNote type="usageNote">x</termNote>
             <wibble/></termSec></langSec>
          </conceptEntry>
         </body></text>
        </tbx>
        """;
    Glossary g = read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)));
    assertThat(g.violations()).hasSize(5).anySatisfy(v -> assertThat(v).contains("<termNote>", "conceptEntry"))
        .anySatisfy(v -> assertThat(v).contains("subjectField", "langSec"))
        .anySatisfy(v -> assertThat(v).contains("forbidden"))
        .anySatisfy(v -> assertThat(v).contains("usageNote"))
        .anySatisfy(v -> assertThat(v).contains("wibble"));
  }

  // --- the corpus and the exclusions

  static List<Pair> corpusPairs() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(ALL_TERMS),
        () -> ALL_TERMS + " is absent (the shared corpus is not beside the project); skipping the corpus coverage check");
    List<Pair> pairs = new ArrayList<>();
    for (String line : Files.readAllLines(ALL_TERMS, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      String[] cols = line.split("\t");
      assertThat(cols).as("ALL_TERMS.tsv line '%s'", line).hasSizeGreaterThanOrEqualTo(2);
      pairs.add(new Pair(cols[0], cols[1]));
    }
    assertThat(pairs).isNotEmpty();
    return pairs;
  }

  static Map<Pair, String> exclusions() throws IOException {
    Map<Pair, String> out = new LinkedHashMap<>();
    try (InputStream in = NatoGlossaryFileTest.class.getResourceAsStream("/glossary-exclusions.tsv")) {
      assertThat(in).as("glossary-exclusions.tsv on the test classpath").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        assertThat(cols).as("exclusion line '%s' (french, english, reason)", line).hasSize(3);
        assertThat(cols[2]).as("reason for '%s'", cols[0]).isNotBlank();
        out.put(normalised(new Pair(cols[0], cols[1])), cols[2]);
      }
    }
    return out;
  }

  static boolean covered(Pair p) {
    String fr = key(p.french());
    String en = key(p.english());
    return glossary.concepts().stream().anyMatch(c ->
        c.terms("fr").stream().anyMatch(t -> key(t.text()).equals(fr))
            && c.terms("en").stream().anyMatch(t -> key(t.text()).equals(en)));
  }

  static Pair normalised(Pair p) {
    return new Pair(key(p.french()), key(p.english()));
  }

  /** Apostrophes, dashes, spaces and case unified. */
  static String key(String term) {
    return TextNormalizer.MATCHING.apply(term.strip());
  }

  // --- reading TBX through the hardened factory, checking TBX-Basic placement and picklists

  static Glossary read(InputStream in) throws XMLStreamException {
    XMLStreamReader r = Xml.reader(in, Xml.DEFAULT_LIMITS);
    List<String> violations = new ArrayList<>();
    Map<String, String> root = new HashMap<>();
    List<ConceptRecord> concepts = new ArrayList<>();
    Deque<String> path = new ArrayDeque<>();
    Deque<String> types = new ArrayDeque<>();

    String conceptId = null;
    int conceptLine = 0;
    List<String> subjectFields = null;
    Set<String> subsets = null;
    List<String> dates = null;
    Map<String, List<TermRecord>> terms = null;
    Map<String, String> definitions = null;
    String lang = null;
    String termText = null;
    int termLine = 0;
    Map<String, String> notes = null;
    boolean origination = false;
    StringBuilder text = new StringBuilder();

    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        int line = r.getLocation().getLineNumber();
        String parent = path.peek();
        String type = r.getAttributeValue(null, "type");
        text.setLength(0);
        if (!TBX_NS.equals(r.getNamespaceURI())) {
          violations.add("line " + line + ": <" + name + "> is not in the TBX namespace " + TBX_NS);
        }
        if (parent == null) {
          if (!name.equals("tbx")) violations.add("line " + line + ": the root is <" + name + ">, not <tbx>");
          for (int i = 0; i < r.getAttributeCount(); i++) {
            String prefix = XML_NS.equals(r.getAttributeNamespace(i)) ? "xml:" : "";
            root.put(prefix + r.getAttributeLocalName(i), r.getAttributeValue(i));
          }
        } else if (!PARENTS.containsKey(name)) {
          violations.add("line " + line + ": <" + name + "> is not a TBX-Basic element");
        } else if (!PARENTS.get(name).contains(parent)) {
          violations.add("line " + line + ": <" + name + "> may not appear in <" + parent + ">");
        }
        switch (name) {
          case "conceptEntry" -> {
            conceptId = r.getAttributeValue(null, "id");
            conceptLine = line;
            if (conceptId == null) violations.add("line " + line + ": <conceptEntry> without an id");
            subjectFields = new ArrayList<>();
            subsets = new TreeSet<>();
            dates = new ArrayList<>();
            terms = new LinkedHashMap<>();
            definitions = new HashMap<>();
          }
          case "langSec" -> {
            lang = r.getAttributeValue(XML_NS, "lang");
            if (lang == null) violations.add("line " + line + ": <langSec> without xml:lang");
            else if (terms != null) terms.putIfAbsent(lang, new ArrayList<>());
          }
          case "termSec" -> {
            termText = null;
            termLine = line;
            notes = new HashMap<>();
          }
          case "transacGrp" -> origination = false;
          case "descrip", "admin", "termNote", "transac" -> {
            String level = levelOf(path);
            Set<String> known = switch (name) {
              case "descrip" -> DESCRIP_TYPES;
              case "admin" -> ADMIN_TYPES;
              case "termNote" -> Set.of("administrativeStatus", "termType", "partOfSpeech", "grammaticalGender",
                  "geographicalUsage", "termLocation");
              default -> Set.of("transactionType");
            };
            if (type == null || !known.contains(type)) {
              violations.add("line " + line + ": <" + name + " type=\"" + type + "\"> is not a TBX-Basic data category");
            } else if (LEVELS.containsKey(type) && !LEVELS.get(type).contains(level)) {
              violations.add("line " + line + ": " + type + " may not appear at the " + level + " level");
            }
          }
          default -> { }
        }
        path.push(name);
        types.push(type == null ? "" : type);
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.append(r.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = path.pop();
        String type = types.pop();
        int line = r.getLocation().getLineNumber();
        String value = text.toString().strip();
        if (PICKLISTS.containsKey(type) && !PICKLISTS.get(type).contains(value)) {
          violations.add("line " + line + ": '" + value + "' is not a value of the " + type + " picklist "
              + new TreeSet<>(PICKLISTS.get(type)));
        }
        switch (name) {
          case "term" -> termText = value;
          case "termNote" -> {
            if (notes != null && notes.put(type, value) != null) {
              violations.add("line " + line + ": two " + type + " notes on one term");
            }
          }
          case "termSec" -> {
            if (termText == null) violations.add("line " + termLine + ": <termSec> without a <term>");
            else if (terms != null && lang != null) {
              terms.get(lang).add(new TermRecord(termText, Map.copyOf(notes), termLine));
            }
          }
          case "descrip" -> {
            if (type.equals("subjectField") && subjectFields != null && path.peek().equals("conceptEntry")) {
              subjectFields.add(value);
            }
            if (type.equals("definition") && definitions != null && levelOf(path).equals("langSec") && lang != null) {
              definitions.put(lang, value);
            }
          }
          case "admin" -> {
            if (type.equals("projectSubset") && subsets != null && path.peek().equals("conceptEntry")) {
              subsets.add(value);
            }
          }
          case "transac" -> origination = value.equals("origination");
          case "date" -> {
            if (origination && dates != null && path.size() >= 2 && levelOf(path).equals("conceptEntry")) {
              dates.add(value);
            }
          }
          case "conceptEntry" -> {
            concepts.add(new ConceptRecord(conceptId, conceptLine, List.copyOf(subjectFields), Set.copyOf(subsets),
                List.copyOf(dates), Map.copyOf(terms), Map.copyOf(definitions)));
            conceptId = null;
          }
          default -> { }
        }
        text.setLength(0);
      }
    }
    return new Glossary(Map.copyOf(root), List.copyOf(concepts), List.copyOf(violations));
  }

  /** The nearest enclosing conceptEntry, langSec or termSec. */
  static String levelOf(Deque<String> path) {
    for (String element : path) {
      if (element.equals("conceptEntry") || element.equals("langSec") || element.equals("termSec")) return element;
    }
    return path.isEmpty() ? "" : path.peekLast();
  }
}
