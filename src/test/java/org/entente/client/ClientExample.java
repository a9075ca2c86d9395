package org.entente.client;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** The example of docs/client.md, verbatim between the markers; {@link ClientExampleTest} runs it and checks the doc. */
final class ClientExample {
  private ClientExample() {}

  static void run(String baseUrl, String apiKey, PrintStream out) {
    // example:start
    // One client per process: it is thread-safe and shares one connection pool.
    try (EntenteClient entente = EntenteClient.builder()
        .baseUrl(baseUrl)                       // e.g. "http://127.0.0.1:8080"
        .apiKey(apiKey)                         // needed for imports and other writes only
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(10))
        .retryPolicy(RetryPolicy.DEFAULT)       // 4 tries on connection failures, 429 and 503
        .build()) {

      // 1. A suggestion for a French segment: TM matches, terms, and one proposed translation.
      Suggest.Suggestion s = entente.suggest(Suggest.of("Le Groupe des plans nucléaires s'est réuni."));
      if (s.hasProposal()) {
        out.println("proposal (" + s.proposal().score() + "%): " + s.proposal().text());
        for (Suggest.Conflict c : s.proposal().conflicts()) {
          out.println("  term conflict: " + c.found() + " -> " + String.join(" / ", c.expected())
              + (c.repaired() ? " (repaired)" : ""));
        }
      }
      for (TermHit t : s.terms()) {
        out.println("term: " + t.text() + " = " + t.preferred());
      }

      // 2. Check an English draft against its French source.
      Check.Result checked = entente.check(Check.bilingual(
          "Le Groupe des plans nucléaires s'est réuni à Kyiv.",
          "The Nuclear Planning Group met in Kiev."));
      for (Check.Finding f : checked.findings()) {
        out.println(f.severity() + " " + f.id() + " at " + f.start() + "-" + f.end() + ": " + f.message()
            + (f.replacements().isEmpty() ? "" : " -> " + f.replacements().get(0)));
      }

      // 3. Fuzzy lookup in the translation memory, 75% and better, at most 5 matches.
      List<TmMatch> matches = entente.lookup(Lookup.of("Le Groupe des plans nucléaires s'est réuni hier.")
          .withMin(75).withMax(5));
      for (TmMatch m : matches) {
        out.println(m.score() + "% " + m.target() + " (" + m.explanation().provenance() + ")");
      }

      // 4. A problem the server reports: its details say what, where and how to fix it.
      try {
        entente.lookup(new Lookup("Bonjour", "de", null, null, null, null, List.of()));
      } catch (ProblemException e) {
        Problem p = e.problem();
        out.println("refused: " + p.status() + " " + p.title() + ": " + p.detail()
            + " [" + p.where() + "] " + p.hint());
      } catch (ConnectionFailedException e) {
        out.println("Entente is not reachable: " + e.getMessage());
      }
    }
    // example:end
  }
}
