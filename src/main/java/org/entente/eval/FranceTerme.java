package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.api.Json;
import org.entente.terminology.Concept;
import org.entente.terminology.Term;
import org.entente.terminology.TermStatus;
import org.entente.text.Language;

/**
 * The FranceTerme sample of {@code ../shared/data/terminology/franceterme} (JSON: {@code term}, {@code english},
 * {@code domain}) as concepts: the French term preferred, each English equivalent (split on , and ;) admitted.
 * {@code "accumulateur électrochimique"} / {@code "battery cell"}.
 */
public final class FranceTerme {
  private FranceTerme() {}

  public static List<Concept> concepts(Path dir) throws IOException {
    List<Concept> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode arr = Json.MAPPER.readTree(Files.readString(f, StandardCharsets.UTF_8));
        for (JsonNode n : arr) {
          String fr = n.path("term").asText("").strip();
          String en = n.path("english").asText("").strip();
          if (fr.isEmpty() || !seen.add(fr)) continue;
          List<Term> terms = new ArrayList<>();
          terms.add(Term.of(fr, Language.FR, TermStatus.PREFERRED));
          for (String e : en.split("[,;]")) if (!e.isBlank()) terms.add(Term.of(e.strip(), Language.EN, TermStatus.ADMITTED));
          out.add(new Concept("ft-" + out.size(), n.path("domain").asText(""), null, null, "FranceTerme", null, null, "", terms));
        }
      }
    }
    return out;
  }
}
