package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.eval.TermExtractionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente eval extract}: term extraction measured ({@link TermExtractionEvaluation}). */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Term extraction: recall of the glossary's pairs on tmx/nato.tmx (glossary removed) at 100 and 300,",
        "and recall@300 of a term list written beforehand on the UN dev set (../shared/data/parallel/un-v1), with time."})
final class EvalExtractCommand implements Callable<Integer> {
  @ParentCommand EvalCommand parent;

  @Option(names = "--gold", paramLabel = "FILE", description = "The UN dev set's term list (default: ${DEFAULT-VALUE}).")
  Path gold = TermExtractionEvaluation.DEFAULT_GOLD;

  @Option(names = "--write-gold", description = "Select the UN dev set's term list from the terminology sources and write it to --gold; no extraction.")
  boolean writeGold;

  @Option(names = "--verbose", description = "List the top 100 NATO candidates with gold marks, for judging.")
  boolean verbose;

  @Mixin JsonFiguresOption figures;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return new TermExtractionEvaluation(parent.shared, spec.commandLine().getOut(), gold, writeGold, verbose,
        figures.json()).run();
  }
}
