package org.entente.omegat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.omegat.core.glossaries.IGlossary;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.util.Language;

/**
 * The Glossary pane's Entente entries: for each term the termbase recognises in the segment ({@code POST
 * /api/v1/terms/recognize}), one entry whose source is the term as it appears in the segment and whose targets are
 * the concept's terms in the target language, preferred first, then admitted, proposed, and deprecated or superseded
 * ones marked "do not use"; each comment gives the status and the concept's definition. For example "Groupe des
 * plans nucléaires" gives "Nuclear Planning Group" (preferred) and "NPG" (admitted), both with "The senior body for
 * NATO's nuclear policy matters…". Definitions are kept {@value #DEFINITION_TTL_MS} ms per concept.
 */
public class EntenteGlossary implements IGlossary {
  static final String ORIGIN = "Entente";
  static final long DEFINITION_TTL_MS = 5 * 60_000;
  private static final int DEFINITIONS_KEPT = 2_000;
  private static final List<String> STATUS_ORDER = java.util.Arrays.asList("preferred", "admitted", "proposed",
      "deprecated", "superseded");

  private final Outage outage = new Outage();
  private final Map<String, Kept> definitions = new LinkedHashMap<String, Kept>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
      return size() > DEFINITIONS_KEPT;
    }
  };

  public EntenteGlossary() {
    // OmegaT instantiates glossary providers by their public no-argument constructor
  }

  @Override
  public List<GlossaryEntry> search(Language sLang, Language tLang, String srcText) throws Exception {
    if (!EntenteSettings.supported(sLang, tLang) || srcText == null || srcText.trim().isEmpty()) {
      return Collections.emptyList();
    }
    if (outage.skipping()) return Collections.emptyList();
    EntenteClient client = EntenteSettings.client();
    List<EntenteClient.TermHit> hits;
    try {
      hits = client.recognize(srcText, sLang.getLanguage());
      outage.succeeded();
    } catch (EntenteException e) {
      // OmegaT logs a provider's exception each time it is thrown: throw the first of an outage only
      if (outage.failed()) throw new Exception(e.getMessage(), e);
      return Collections.emptyList();
    }
    String target = EntenteSettings.code(tLang);
    String source = EntenteSettings.code(sLang);
    List<GlossaryEntry> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (EntenteClient.TermHit hit : hits) {
      if (hit.text.isEmpty() || !seen.add(hit.conceptId + "\u0000" + hit.text)) continue;
      List<EntenteClient.Equivalent> eqs = new ArrayList<>();
      for (EntenteClient.Equivalent e : hit.equivalents) {
        if (!e.text.isEmpty() && e.language.toLowerCase(Locale.ROOT).startsWith(target)) eqs.add(e);
      }
      if (eqs.isEmpty()) continue;
      Collections.sort(eqs, Comparator.comparingInt(e -> rank(e.status))); // stable: the service's order within a status
      String definition = definition(client, hit.conceptId, target, source);
      String[] locs = new String[eqs.size()];
      String[] comments = new String[eqs.size()];
      boolean[] priorities = new boolean[eqs.size()];
      String[] origins = new String[eqs.size()];
      for (int i = 0; i < eqs.size(); i++) {
        EntenteClient.Equivalent e = eqs.get(i);
        locs[i] = e.text;
        comments[i] = comment(e, hit, definition);
        priorities[i] = "preferred".equals(e.status);
        origins[i] = ORIGIN;
      }
      out.add(new GlossaryEntry(hit.text, locs, comments, priorities, origins));
    }
    return out;
  }

  static int rank(String status) {
    int i = STATUS_ORDER.indexOf(status);
    return i < 0 ? 1 : i;
  }

  /** "preferred — definition", "deprecated: do not use — definition", plus the usage note and a forbidden source. */
  static String comment(EntenteClient.Equivalent e, EntenteClient.TermHit hit, String definition) {
    StringBuilder b = new StringBuilder(e.status.isEmpty() ? "admitted" : e.status);
    if (e.status.equals("deprecated") || e.status.equals("superseded")) b.append(": do not use");
    if (!e.usageNote.isEmpty()) b.append(" (").append(e.usageNote).append(')');
    if (hit.status.equals("deprecated") || hit.status.equals("superseded")) {
      b.append("; the source term '").append(hit.text).append("' is ").append(hit.status);
    }
    if (!definition.isEmpty()) b.append(" — ").append(definition);
    return b.toString();
  }

  /** The concept's definition in the target language, else the source's; empty when none or unreachable. */
  private String definition(EntenteClient client, String conceptId, String target, String source) {
    if (conceptId.isEmpty()) return "";
    long now = System.currentTimeMillis();
    Map<String, String> defs = null;
    synchronized (definitions) {
      Kept k = definitions.get(conceptId);
      if (k != null && now - k.at < DEFINITION_TTL_MS) defs = k.definitions;
    }
    if (defs == null) {
      try {
        defs = client.definitions(conceptId);
      } catch (EntenteException e) {
        return ""; // the terms are worth showing without it
      }
      synchronized (definitions) {
        definitions.put(conceptId, new Kept(defs, now));
      }
    }
    String d = defs.get(target);
    if (d == null || d.isEmpty()) d = defs.get(source);
    return d == null ? "" : d;
  }

  private static final class Kept {
    final Map<String, String> definitions;
    final long at;

    Kept(Map<String, String> definitions, long at) {
      this.definitions = definitions;
      this.at = at;
    }
  }
}
