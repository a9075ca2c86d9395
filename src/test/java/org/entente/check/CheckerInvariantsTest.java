package org.entente.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entente.testing.FakeSegmenter;
import org.entente.testing.FakeSentencePairing;
import org.entente.testing.FakeTermBase;
import org.junit.jupiter.api.Test;

/** Seeded random drafts: every finding points inside its segment at the text it quotes, and nothing throws. */
class CheckerInvariantsTest {
  static final String[] WORDS = {"Allies", "met", "in", "Kiev", "Kyiv", "the", "NPG", "Nuclear", "Planning", "Group", "(NPG)",
      "defense", "defence", "40", "billion", "€40", "500,000", "12", "June", "2024", "juin", "milliards", "posture",
      "deterrence", "and", "NATO", "’s", ".", ",", "«", "»", "\n", "\n\n", "Defense", "Organization", "CUICC", "75th", "5 %"};

  static String random(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(5) == 0 ? "" : " ");
    return b.toString();
  }

  @Test
  void findingsAlwaysQuoteTheDraftWhereTheyPoint() {
    long seed = System.nanoTime();
    System.out.println("CheckerInvariantsTest seed " + seed);
    Random r = new Random(seed);
    Checker checker = new Checker(FakeTermBase.nato(), new FakeSegmenter(), new FakeSentencePairing(), Checks.all());
    for (int i = 0; i < 300; i++) {
      CheckRequest req;
      if (r.nextBoolean()) {
        req = CheckRequest.document(random(r, r.nextInt(60)), r.nextBoolean() ? random(r, r.nextInt(60)) : null, CheckConfig.DEFAULT);
      } else {
        int n = 1 + r.nextInt(5);
        List<String> d = new ArrayList<>();
        List<String> s = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          d.add(random(r, r.nextInt(15)));
          s.add(random(r, r.nextInt(15)));
        }
        req = CheckRequest.segments(d, r.nextBoolean() ? s : List.of(), CheckConfig.DEFAULT);
      }
      CheckReport report = checker.check(req);
      for (Finding f : report.findings()) {
        String seg = req.draft().get(f.segment());
        assertThat(f.end()).as("seed %d", seed).isLessThanOrEqualTo(seg.length());
        assertThat(seg.substring(f.start(), f.end())).as("seed %d", seed).isEqualTo(f.text());
        if (f.source() != null) {
          String src = req.source().get(f.source().segment());
          assertThat(src.substring(f.source().start(), f.source().end())).as("seed %d", seed).isEqualTo(f.source().text());
        }
        assertThat(f.message()).isNotBlank();
      }
    }
  }
}
