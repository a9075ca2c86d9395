package org.entente.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.formats.TermEntry;
import org.entente.text.Language;

/**
 * Candidates as termbase entries with status {@code proposed}, for the TBX export of {@code extract-terms --tbx}: one
 * concept per candidate ({@code candidate-1} …), the French and English terms, the first unit that shows them as
 * each term's context, and the concept the termbase already has, if any, in a note.
 */
public final class CandidateEntries {
  private CandidateEntries() {}

  public static List<TermEntry> of(List<TermCandidate> candidates, Instant now) {
    List<TermEntry> out = new ArrayList<>();
    int n = 0;
    for (TermCandidate c : candidates) {
      n++;
      String frContext = c.contexts().isEmpty() ? "" : c.contexts().get(0).fr();
      String enContext = c.contexts().isEmpty() ? "" : c.contexts().get(0).en();
      List<TermEntry.Term> terms = List.of(
          new TermEntry.Term(c.fr(), Language.FR, "proposed", "", "", "", "", frContext, ""),
          new TermEntry.Term(c.en(), Language.EN, "proposed", "", "", "", "", enContext, ""));
      Map<Language, String> notes = c.conceptId() == null ? Map.of()
          : Map.of(Language.EN, "Extracted; the termbase already has concept " + c.conceptId() + ".");
      out.add(new TermEntry("candidate-" + n, "", Map.of(), notes,
          "Entente term extraction: " + c.frequency() + " units, score " + c.score(), now, null, "", List.of(), terms, ""));
    }
    return out;
  }
}
