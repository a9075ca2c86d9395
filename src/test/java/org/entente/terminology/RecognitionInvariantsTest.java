package org.entente.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

/** Seeded random texts: every inserted term is found, and every hit keeps the invariants of TermHit. */
class RecognitionInvariantsTest {
  static final String[][] TERMS = {
      {"plan de défense", "des plans de défense"}, {"chef d'état-major", "les chefs d’état-major"},
      {"Groupe des plans nucléaires", "du Groupe des plans nucléaires"}, {"OTAN", "l’OTAN"},
      {"posture de dissuasion et de défense", "la posture de dissuasion et de défense"},
      {"État membre", "des États membres"}, {"réunion ministérielle", "deux réunions ministérielles"},
      {"industrie de défense", "l'industrie de défense"}, {"dissuasion", "la dissuasion"}};
  static final String[] FILLER = {"Le", "ministre", "a", "dit", "que", "les", "Alliés", "ont", "parlé", "hier", ",",
      "et", "ensuite", "la", "conférence", "de", "presse", "s’est", "tenue", "à", "Bruxelles", ".", "Il", "forcé",
      "marin", "généralement", "plan", "défense"};

  static void checkInvariants(String text, List<TermHit> hits) {
    for (int i = 0; i < hits.size(); i++) {
      TermHit h = hits.get(i);
      assertThat(h.start()).isBetween(0, h.end() - 1);
      assertThat(h.end()).isLessThanOrEqualTo(text.length());
      assertThat(h.text()).isEqualTo(text.substring(h.start(), h.end()));
      assertThat(h.confidence()).isBetween(0.0, 1.0);
      if (i > 0) {
        TermHit p = hits.get(i - 1);
        assertThat(p.start() < h.start() || (p.start() == h.start() && p.end() >= h.end())).as("text order, longest first").isTrue();
      }
      boolean covered = hits.stream().anyMatch(o -> o != h && o.start() <= h.start() && h.end() <= o.end()
          && (o.end() - o.start()) > (h.end() - h.start()));
      assertThat(h.nested()).as("nested iff inside a longer hit: " + h).isEqualTo(covered);
    }
  }

  @Test
  void everyInsertedTermIsFoundAndHitsKeepTheirInvariants() {
    long seed = new Random().nextLong();
    System.out.println("RecognitionInvariantsTest seed " + seed);
    Random r = new Random(seed);
    List<Concept> concepts = new ArrayList<>();
    for (int i = 0; i < TERMS.length; i++) {
      concepts.add(new Concept("t" + i, "", null, null, "", null, null, "",
          List.of(Term.of(TERMS[i][0], Language.FR, TermStatus.PREFERRED), Term.of("term " + i, Language.EN, TermStatus.PREFERRED))));
    }
    TermRecognizer recognizer = TermRecognizer.of(concepts);
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      List<int[]> inserted = new ArrayList<>();
      List<Integer> which = new ArrayList<>();
      int n = 5 + r.nextInt(30);
      for (int k = 0; k < n; k++) {
        if (r.nextInt(4) == 0) {
          int t = r.nextInt(TERMS.length);
          String form = TERMS[t][r.nextInt(2)];
          if (r.nextInt(4) == 0) form = form.toUpperCase(java.util.Locale.ROOT); // headlines in capitals
          int start = b.length() + (b.length() > 0 ? 1 : 0);
          if (b.length() > 0) b.append(' ');
          b.append(form);
          inserted.add(new int[] {start, b.length()});
          which.add(t);
        } else {
          if (b.length() > 0) b.append(' ');
          b.append(FILLER[r.nextInt(FILLER.length)]);
        }
      }
      String text = b.toString();
      List<TermHit> hits = recognizer.recognise(text, Language.FR);
      checkInvariants(text, hits);
      for (int k = 0; k < inserted.size(); k++) {
        int[] span = inserted.get(k);
        String id = "t" + which.get(k);
        assertThat(hits).as("seed %d: %s in «%s»", seed, TERMS[which.get(k)][0], text)
            .anyMatch(h -> h.conceptId().equals(id) && h.start() >= span[0] && h.end() <= span[1]);
      }
    }
  }
}
