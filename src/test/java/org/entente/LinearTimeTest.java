package org.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.entente.align.AlignerSettings;
import org.entente.align.Document;
import org.entente.align.EntenteAligner;
import org.entente.check.CheckConfig;
import org.entente.check.CheckRequest;
import org.entente.segment.Tokenizer;
import org.entente.suggest.SuggestQuery;
import org.entente.terminology.Concept;
import org.entente.terminology.Term;
import org.entente.terminology.TermStatus;
import org.entente.text.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text path is linear in its input: eight times the input is at most about eight times the work. Work is the
 * CPU time of the calling thread (not wall time, which a busy machine inflates at random), best of several alternating
 * runs after a warm-up, at n and 8n; the ratio must stay under 14, where a quadratic path gives 64 and a path whose
 * quadratic part is an eighth of its work at n gives 15. Eight times, not twice: the gap between linear and quadratic
 * is then wide enough that a busy machine's noise (up to 1.75 times) neither fails a linear path nor hides a
 * quadratic one (at n and 2n a bound of 2.5 allowed 1.25 times and missed a quadratic part under a quarter). The real
 * segmenter, termbase, memory and checker run over a data folder in a temporary directory.
 */
class LinearTimeTest {
  static final int FACTOR = 8;
  static final double MAX_RATIO = 14.0;
  static final int ROUNDS = 4;
  /** Warm-up: both sizes run at least this long (and twice) before they are timed, so that the JIT compiled them. */
  static final long WARM_UP_NANOS = 300_000_000L;
  static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  @TempDir static Path dir;
  static Services services;
  /** What the quadratic path computes, kept so that the JIT cannot drop its work. */
  static long sink;

  @BeforeAll
  static void open() {
    services = Services.open(dir, "test");
    services.terms().put(new Concept("c-npg", "", Map.of(), Map.of(), "", null, null, "", List.of(
        Term.of("Groupe des plans nucléaires", Language.FR, TermStatus.PREFERRED),
        Term.of("Nuclear Planning Group", Language.EN, TermStatus.PREFERRED))));
    services.terms().put(new Concept("c-udcg", "", Map.of(), Map.of(), "", null, null, "", List.of(
        Term.of("Groupe de contact sur la défense de l'Ukraine", Language.FR, TermStatus.PREFERRED),
        Term.of("Ukraine Defense Contact Group", Language.EN, TermStatus.PREFERRED))));
  }

  @AfterAll
  static void close() {
    if (services != null) services.close();
  }

  /**
   * Times {@code work(n)} and {@code work(8n)}, best of {@code runs} each after a warm-up, and asserts the ratio. A
   * busy machine can inflate one run (page faults of a growing heap are the thread's own CPU time), so while the
   * ratio is over the bound more rounds are timed, {@link #ROUNDS} in all, and the best of all runs kept: a quadratic
   * path gives about 64 in every round and still fails, a stall does not repeat.
   */
  static void assertLinear(String path, int n, int runs, IntFunction<Runnable> work) {
    Runnable small = work.apply(n);
    Runnable large = work.apply(FACTOR * n);
    long warm = 0;
    for (int i = 0; i < 2 || warm < WARM_UP_NANOS && i < 100; i++) warm += cpu(small) + cpu(large);
    long bestSmall = Long.MAX_VALUE;
    long bestLarge = Long.MAX_VALUE;
    double ratio = Double.MAX_VALUE;
    for (int round = 0; round < ROUNDS && ratio > MAX_RATIO; round++) {
      for (int i = 0; i < runs; i++) {
        bestSmall = Math.min(bestSmall, cpu(small));
        bestLarge = Math.min(bestLarge, cpu(large));
      }
      ratio = (double) bestLarge / bestSmall;
      System.out.printf(Locale.ROOT, "linear %-10s n=%,9d %7.1f ms CPU, %dn %7.1f ms CPU, ratio %.2f (round %d)%n",
          path, n, bestSmall / 1e6, FACTOR, bestLarge / 1e6, ratio, round + 1);
    }
    assertThat(ratio).as("%s: %,d → %,d characters took %.1f → %.1f ms of CPU", path, n, FACTOR * n,
        bestSmall / 1e6, bestLarge / 1e6).isLessThanOrEqualTo(MAX_RATIO);
  }

  static long cpu(Runnable r) {
    long t = THREADS.getCurrentThreadCpuTime();
    r.run();
    return THREADS.getCurrentThreadCpuTime() - t;
  }

  /** Text of about {@code chars} characters built by repeating {@code unit}. */
  static String repeat(String unit, int chars) {
    return unit.repeat(Math.max(1, chars / unit.length()));
  }

  @Test
  void aQuadraticPathStillFails() {
    // the measure itself: retried rounds must not let a path that does n² work pass
    assertThatThrownBy(() -> assertLinear("quadratic", 3_000, 3, n -> {
      String text = "a".repeat(n);
      return () -> {
        for (int i = 0; i < text.length(); i++) sink += text.substring(i).hashCode();
      };
    })).isInstanceOf(AssertionError.class).hasMessageContaining("quadratic");
  }

  @Test
  void tokenisingIsLinear() {
    assertLinear("tokenise", 500_000, 5, n -> {
      String text = repeat("L’Alliance a 𝟐𝟎𝟐𝟒 soldats, U.S. F-35 et 1.000,5 € aujourd’hui. ", n);
      Tokenizer t = new Tokenizer(Language.FR);
      return () -> t.tokenize(text);
    });
  }

  @Test
  void segmentingIsLinear() {
    // "voir a) " made the bracket rule look back to the start of the paragraph at every ")"
    assertLinear("segment", 50_000, 5, n -> {
      String text = repeat("voir a) et b) ", n / 2) + repeat("Le Groupe se réunit. Il parle. ", n / 2);
      return () -> services.segmenter().segment(text, Language.FR);
    });
  }

  @Test
  void recognisingIsLinear() {
    assertLinear("recognise", 100_000, 5, n -> {
      String text = repeat("Le Groupe des plans nucléaires se réunit à Bruxelles. ", n);
      return () -> services.terms().recognise(text, Language.FR);
    });
  }

  @Test
  void checkingIsLinear() {
    // US spelling in a long draft: the official-name scan ran to the end of the document for each word
    assertLinear("check", 50_000, 5, n -> {
      CheckRequest request = CheckRequest.document(repeat("The defense program of the organization will center on "
          + "the Ukraine Defense Contact Group and the Nuclear Planning Group in 2024. ", n), null, CheckConfig.DEFAULT);
      return () -> services.checker().check(request);
    });
  }

  @Test
  void aligningIsLinear() {
    // past the full-matrix size (300,000 cells) the aligner works in a corridor; this repeated text costs less per
    // character below about 40,000 characters (78 ms at 30,000, 180 at 40,000), so both sizes are past that
    assertLinear("align", 40_000, 3, n -> {
      Document doc = Document.segment("linear",
          repeat("Le Groupe des plans nucléaires se réunit en 2024. Les Alliés en parlent. ", n),
          repeat("The Nuclear Planning Group meets in 2024. Allies discuss it. ", n), services.segmenter());
      return () -> new EntenteAligner(AlignerSettings.DEFAULTS, services.terms(), null).align(doc);
    });
  }

  @Test
  void suggestingIsLinear() {
    assertLinear("suggest", 25_000, 5, n -> {
      SuggestQuery q = new SuggestQuery(repeat("Le Groupe des plans nucléaires se réunit et les Alliés en parlent ", n),
          Language.FR, "", "", 70, 5, List.of());
      return () -> services.suggester().suggest(q);
    });
  }
}
