package org.entente.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.entente.eval.FalseAlarmEvaluation.Alarm;
import org.entente.eval.FalseAlarmEvaluation.Split;

/**
 * Hand judgments of the errors {@code eval check} reports on professional translations. An error there is counted
 * as a false alarm, but the two versions of a pair were not always made from each other: each judged error is read
 * in its two sentences and put in one class — {@code difference} (the versions really give different figures or
 * terms: "47 %" / "43%"), {@code defect} (one version writes the figure wrong: "1O.365,45", a footnote glued to a
 * year), {@code misaligned} (the two lines are not translations of each other: the corpus file is shifted there),
 * {@code termbase} (the finding applies the termbase's rule as it stands, which this text, not written to NATO's
 * house style, does not follow: "Kiev", which the termbase deprecates at any date),
 * {@code fault} (the checker is wrong about a pair that agrees). The checker's own error rate is then
 * estimated from the faults. Tab-separated {@code split source line surface judgment note french english}; the dev
 * errors are judged all, the test errors on a seeded sample, read once and never used to change a rule.
 */
public record AlarmJudgments(Map<String, Judgment> byKey) {
  /** The hand labels kept with the tests, relative to the project folder. */
  public static final Path FILE = Path.of("src/test/resources/org/entente/check/false-alarm-judgments.tsv");

  /** The seed of the test sample. */
  public static final long SEED = 20261203L;

  /** What an error on a professional pair turned out to be. */
  public enum Kind { DIFFERENCE, DEFECT, MISALIGNED, TERMBASE, FAULT }

  /** One judged error. */
  public record Judgment(Kind kind, String note) {}

  /** The judgments of one split's errors; {@code faultsPerThousand} with its 95 % interval (Wilson), scaled. */
  public record Summary(int errors, int judged, int differences, int defects, int misaligned, int termbase, int faults,
      double faultsPerThousand, double low, double high) {}

  public AlarmJudgments {
    byKey = Map.copyOf(byKey);
  }

  /** The judgments of {@code file}; none when it is absent. */
  public static AlarmJudgments read(Path file) {
    Map<String, Judgment> out = new HashMap<>();
    if (!Files.isRegularFile(file)) return new AlarmJudgments(out);
    List<String> lines = FalseAlarmEvaluation.lines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f.length < 6) throw new IllegalArgumentException(file + ":" + (i + 1) + ": a judgment line needs at least 6 "
          + "tab-separated fields (split source line surface judgment note)");
      if (f[4].strip().equals("?")) continue;
      Kind kind;
      try {
        kind = Kind.valueOf(f[4].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": judgment \"" + f[4]
            + "\" is not one of difference, defect, misaligned, termbase, fault (or ? for not judged yet)");
      }
      out.put(f[0] + "|" + f[1] + "|" + f[2] + "|" + f[3], new Judgment(kind, f[5]));
    }
    return new AlarmJudgments(out);
  }

  /** The judgment of one error of {@code split}, or null. */
  public Judgment of(Split split, Alarm a) {
    return byKey.get(key(split, a));
  }

  /** What the judgments say of the errors of {@code tally}. */
  public Summary summarise(Split split, FalseAlarmEvaluation.Tally tally) {
    int judged = 0;
    int[] kinds = new int[Kind.values().length];
    for (Alarm a : tally.alarms()) {
      Judgment j = of(split, a);
      if (j == null) continue;
      judged++;
      kinds[j.kind().ordinal()]++;
    }
    int faults = kinds[Kind.FAULT.ordinal()];
    double scale = tally.pairs() == 0 ? 0 : tally.errors() * 1000.0 / tally.pairs();
    double share = judged == 0 ? 0 : faults / (double) judged;
    double[] ci = wilson(faults, judged);
    return new Summary(tally.errors(), judged, kinds[Kind.DIFFERENCE.ordinal()], kinds[Kind.DEFECT.ordinal()],
        kinds[Kind.MISALIGNED.ordinal()], kinds[Kind.TERMBASE.ordinal()], faults, share * scale, ci[0] * scale,
        ci[1] * scale);
  }

  /**
   * The errors to judge as lines of the file, their judgment filled in when known: every dev error, and a sample of
   * {@code testSample} test errors drawn with {@link #SEED}; the held-out and unseen parts' (all) only when
   * {@code heldOut}: once read, a part no longer measures anything out of sample, so it is judged once, after its last
   * measurement.
   */
  public List<String> toJudge(Map<Split, FalseAlarmEvaluation.Tally> tallies, int testSample, boolean heldOut) {
    List<String> out = new ArrayList<>();
    for (var e : tallies.entrySet()) {
      if ((e.getKey() == Split.HELDOUT || e.getKey() == Split.UNSEEN) && !heldOut) continue;
      List<Alarm> alarms = new ArrayList<>(e.getValue().alarms());
      if (e.getKey() == Split.TEST) {
        Collections.shuffle(alarms, new Random(SEED));
        alarms = alarms.subList(0, Math.min(testSample, alarms.size()));
      }
      for (Alarm a : alarms) {
        Judgment j = of(e.getKey(), a);
        out.add(String.join("\t", e.getKey().name().toLowerCase(Locale.ROOT), a.source(), "" + a.line(),
            clean(a.finding().text()), j == null ? "?" : j.kind().name().toLowerCase(Locale.ROOT),
            j == null ? "" : j.note(), clean(a.french()), clean(a.english())));
      }
    }
    return out;
  }

  private static String key(Split split, Alarm a) {
    return split.name().toLowerCase(Locale.ROOT) + "|" + a.source() + "|" + a.line() + "|" + clean(a.finding().text());
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }

  /** The 95 % Wilson interval of a share of {@code k} in {@code n}. */
  static double[] wilson(int k, int n) {
    if (n == 0) return new double[] {0, 0};
    double z = 1.96;
    double p = k / (double) n;
    double d = 1 + z * z / n;
    double centre = (p + z * z / (2.0 * n)) / d;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / d;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }
}
