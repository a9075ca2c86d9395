package org.entente.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.eval.AlignEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code entente eval align}: alignment accuracy on the NATO corpus and TransRead, ours and Gale–Church. */
@Command(name = "align", mixinStandardHelpOptions = true,
    description = "Strict and lax P/R/F1 of sentence alignment (as ../shared/tools/align_score.py), Entente and "
        + "the Gale-Church baseline side by side, per document and pooled. French is on the left.")
final class EvalAlignCommand implements Runnable {
  @ParentCommand EvalCommand parent;

  @Option(names = "--set", defaultValue = "all",
      description = "nato, transread, raw (dev, in-sample), unseen (test) or all (default: ${DEFAULT-VALUE}).")
  String set;

  @Option(names = "--per-document", defaultValue = "true", negatable = true,
      description = "Print one line per document as well as the pooled figures.")
  boolean perDocument;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "Override one of the aligner's weights (see AlignerSettings), for tuning.")
  Map<String, Double> params = new LinkedHashMap<>();

  @Option(names = "--write", paramLabel = "DIR",
      description = "Also write each document's gold and predicted beads (vecalign, French left) to DIR, to score them "
          + "with ../shared/tools/align_score.py.")
  Path write;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    new AlignEvaluation(params, perDocument, write).run(spec.commandLine().getOut(), parent.shared, set);
  }
}
