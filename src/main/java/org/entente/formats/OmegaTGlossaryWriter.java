package org.entente.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.entente.text.Language;

/**
 * Writes entries as OmegaT's tab-separated glossary for one direction, the format OmegaT 5.8 reads from a project's
 * {@code glossary/} folder (a {@code .utf8} file: UTF-8, {@code source<TAB>target<TAB>comment}, {@code #} comment
 * lines). OmegaT 5.8 reads only TBX 2 ({@code martif}), not our TBX-Basic v3, hence this. For French to English,
 * one line per French term and English term of a concept, English terms preferred first:
 * {@code Kiev<TAB>Kyiv<TAB>preferred; the source term is deprecated — The capital of Ukraine.}
 */
public final class OmegaTGlossaryWriter {
  private OmegaTGlossaryWriter() {}

  /** Writes the lines from {@code from} to its other language; returns how many were written. */
  public static int write(Iterable<TermEntry> entries, Language from, OutputStream out) {
    Language to = from.other();
    int lines = 0;
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write("# Entente termbase for OmegaT, " + from.code() + " to " + to.code() + ": source, target, comment\n");
      for (TermEntry e : entries) {
        List<TermEntry.Term> targets = e.terms().stream().filter(t -> t.language() == to && !t.text().isBlank())
            .sorted(Comparator.comparingInt(t -> TermEntry.STATUSES.indexOf(t.status()))).toList();
        String definition = e.definitions().getOrDefault(to, e.definitions().getOrDefault(from, ""));
        for (TermEntry.Term s : e.terms()) {
          if (s.language() != from || s.text().isBlank()) continue;
          for (TermEntry.Term t : targets) {
            w.write(clean(s.text()) + "\t" + clean(t.text()) + "\t" + clean(comment(s, t, definition)) + "\n");
            lines++;
          }
        }
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** "deprecated: do not use (usage note); the source term is superseded — definition". */
  static String comment(TermEntry.Term source, TermEntry.Term target, String definition) {
    StringBuilder b = new StringBuilder(target.status());
    if (target.status().equals("deprecated") || target.status().equals("superseded")) b.append(": do not use");
    if (!target.usageNote().isBlank()) b.append(" (").append(target.usageNote()).append(')');
    if (source.status().equals("deprecated") || source.status().equals("superseded")) {
      b.append("; the source term is ").append(source.status());
    }
    if (!definition.isBlank()) b.append(" — ").append(definition);
    return b.toString();
  }

  /** Tabs and line breaks would split OmegaT's columns and lines: they become spaces. */
  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ").strip();
  }
}
