package org.entente.cli;

import java.nio.file.Path;
import org.entente.eval.SegmentationEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code entente eval segment}: our segmenter and OpenNLP alone, side by side, on every gold set ({@link
 * SegmentationEvaluation}).
 */
@Command(name = "segment", mixinStandardHelpOptions = true,
    description = {"Score sentence segmentation on the gold sets in ../shared: the NATO corpus (fr, en; dev, "
        + "in-sample), UD French GSD and Sequoia (gold sentences joined with spaces; dev and test files apart), "
        + "MultiLegalSBD (Constitution, Civil Code; test) and the pySBD French golden rules (test).",
        "Prints, per set, exact segments and boundary precision/recall/F1 (as ../shared/tools/seg_score.py "
            + "computes them) for Entente's segmenter and for OpenNLP's model alone. Absent sets are skipped."})
final class SegmentEvalCommand implements Runnable {
  @ParentCommand EvalCommand parent;

  @Mixin JsonFiguresOption figures;

  @Option(names = "--dump", paramLabel = "DIR",
      description = "Also write gold and test files (one segment a line) under DIR, to check the figures with "
          + "python3 ../shared/tools/seg_score.py GOLD TEST.")
  Path dump;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    new SegmentationEvaluation(parent.shared, spec.commandLine().getOut(), figures.json(), dump).run();
  }
}
