package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Raw-text alignment on the NATO corpus: segment fr.txt/en.txt, align, score by matching segment text. */
final class RawNatoEval {
  private RawNatoEval() {}

  static void report(PrintWriter out, Path nato, boolean perDocument) {
    out.println("== NATO raw text: needs the sentence segmenter (not merged yet); skipping");
  }
}
