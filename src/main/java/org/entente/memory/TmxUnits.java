package org.entente.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import org.entente.formats.TmxHeader;
import org.entente.formats.TmxProp;
import org.entente.formats.TmxUnit;
import org.entente.formats.TmxVariant;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.entente.text.LanguageCode;

/**
 * Maps TMX units to translation units and back. Props {@code x-domain}, {@code x-client}, {@code x-project},
 * {@code x-document}, {@code x-status} become properties, OmegaT's {@code prev}/{@code next} the context,
 * {@code x-origin}/{@code x-bead-score} the origin; other props and notes are kept as they are.
 */
final class TmxUnits {
  static final String DOMAIN = "x-domain";
  static final String CLIENT = "x-client";
  static final String PROJECT = "x-project";
  static final String DOCUMENT = "x-document";
  static final String STATUS = "x-status";
  static final String PREV = "prev";
  static final String NEXT = "next";
  static final String ORIGIN = "x-origin";
  static final String BEAD_SCORE = "x-bead-score";
  static final String MEMORY = "x-memory";

  private TmxUnits() {}

  /** A unit that could be converted, or why not, and the variants left aside. */
  record Conversion(TranslationUnit unit, String skipReason, List<String> variantsSkipped) {}

  static Conversion convert(TmxUnit tu, TmxHeader header, String file, String memory, int maxSegmentChars) {
    TmxVariant fr = null;
    TmxVariant en = null;
    List<String> variantsSkipped = new ArrayList<>();
    Set<String> langs = new LinkedHashSet<>();
    for (TmxVariant v : tu.variants()) {
      langs.add(v.lang());
      LanguageCode code = code(v.lang());
      if (code == null) {
        variantsSkipped.add("variant in " + (v.lang().isBlank() ? "no language" : v.lang()) + " skipped");
      } else if (code.language() == Language.FR) {
        if (fr == null) fr = v;
        else variantsSkipped.add("second French variant (" + v.lang() + ") skipped");
      } else {
        if (en == null) en = v;
        else variantsSkipped.add("second English variant (" + v.lang() + ") skipped");
      }
    }
    if (fr == null || en == null) {
      return new Conversion(null, "no French/English pair (languages " + String.join(", ", langs) + ")",
          variantsSkipped);
    }
    if (fr.segment().plain().isBlank()) return new Conversion(null, "empty French segment", variantsSkipped);
    if (en.segment().plain().isBlank()) return new Conversion(null, "empty English segment", variantsSkipped);
    if (fr.segment().markup().length() > maxSegmentChars || en.segment().markup().length() > maxSegmentChars) {
      return new Conversion(null, "segment longer than " + maxSegmentChars + " characters", variantsSkipped);
    }
    LanguageCode src = code(tu.srcLang());
    if (src == null) src = code(header.srcLang());
    boolean frFirst = src != null ? src.language() == Language.FR : tu.variants().indexOf(fr) < tu.variants().indexOf(en);
    TmxVariant s = frFirst ? fr : en;
    TmxVariant t = frFirst ? en : fr;

    String domain = "", client = "", project = "", document = "", status = "", prev = "", next = "";
    String originValue = null;
    Double bead = null;
    List<TmxProp> other = new ArrayList<>();
    for (TmxProp p : tu.props()) {
      switch (p.type()) {
        case DOMAIN -> domain = p.value();
        case CLIENT -> client = p.value();
        case PROJECT -> project = p.value();
        case DOCUMENT -> document = p.value();
        case STATUS -> status = p.value();
        case PREV -> prev = p.value();
        case NEXT -> next = p.value();
        case ORIGIN -> originValue = p.value();
        case BEAD_SCORE -> bead = parseScore(p.value());
        default -> other.add(p);
      }
    }
    // variant-level props and notes are kept at unit level, tagged with their language
    for (TmxVariant v : List.of(s, t)) {
      for (TmxProp p : v.props()) other.add(new TmxProp(p.type(), p.lang().isEmpty() ? v.lang() : p.lang(), p.value()));
    }
    List<String> notes = new ArrayList<>(tu.notes());
    for (TmxVariant v : List.of(s, t)) notes.addAll(v.notes());
    Origin origin = Origin.decode(originValue, bead);
    if (origin == null) origin = Origin.tmx(file);
    // a unit without any date is dated by its import
    Instant created = first(tu.creationDate(), s.creationDate(), t.creationDate(), header.creationDate(),
        Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    Instant changed = first(tu.changeDate(), t.changeDate(), s.changeDate(), created);
    String createdBy = firstNonBlank(tu.creationId(), s.creationId(), t.creationId(), header.creationId());
    String changedBy = firstNonBlank(tu.changeId(), t.changeId(), s.changeId(), "");
    TranslationUnit u = new TranslationUnit("", memory, code(s.lang()), s.segment(), code(t.lang()), t.segment(),
        created, createdBy, changed, changedBy, origin, new UnitProperties(domain, client, project, document, status),
        new Context(prev, next), tu.usageCount(), tu.lastUsageDate(), tu.tuid(), file, other, notes);
    return new Conversion(u, null, variantsSkipped);
  }

  /** The TMX unit for export, with the metadata as props (PROTOCOLS.md §8). */
  static TmxUnit toTmx(TranslationUnit u) {
    List<TmxProp> props = new ArrayList<>();
    UnitProperties p = u.properties();
    add(props, DOMAIN, p.domain());
    add(props, CLIENT, p.client());
    add(props, PROJECT, p.project());
    add(props, DOCUMENT, p.document());
    add(props, STATUS, p.status());
    add(props, PREV, u.context().previous());
    add(props, NEXT, u.context().next());
    add(props, ORIGIN, u.origin().encode());
    if (u.origin().beadScore() != null) add(props, BEAD_SCORE, Double.toString(u.origin().beadScore()));
    props.addAll(u.otherProps());
    String tuid = u.tuid().isEmpty() ? u.id() : u.tuid();
    List<TmxVariant> variants = List.of(
        TmxVariant.of(u.sourceLanguage().tag(), u.source()), TmxVariant.of(u.targetLanguage().tag(), u.target()));
    return new TmxUnit(tuid, u.sourceLanguage().tag(), u.created(), u.createdBy(), u.changed(), u.changedBy(),
        u.usageCount(), u.lastUsed(), props, u.notes(), variants, 0);
  }

  private static void add(List<TmxProp> props, String type, String value) {
    if (value != null && !value.isEmpty()) props.add(TmxProp.of(type, value));
  }

  private static final java.util.Map<String, java.util.Optional<LanguageCode>> CODES =
      new java.util.concurrent.ConcurrentHashMap<>();

  static LanguageCode code(String lang) {
    if (lang == null || lang.isBlank() || lang.equals("*all*")) return null;
    if (CODES.size() > 10_000) CODES.clear();
    return CODES.computeIfAbsent(lang, l -> {
      try {
        return java.util.Optional.of(LanguageCode.parse(l, "xml:lang"));
      } catch (BadInputException e) {
        return java.util.Optional.empty();
      }
    }).orElse(null);
  }

  private static Double parseScore(String v) {
    try {
      double d = Double.parseDouble(v.strip());
      return d >= 0 && d <= 1 ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Instant first(Instant... values) {
    for (Instant i : values) if (i != null) return i;
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String s : values) if (s != null && !s.isBlank()) return s;
    return "";
  }

}
