package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help of commands whose options come from mixins still lists them, with their descriptions. */
class CommandHelpTest {
  private static String help(String... path) {
    CommandLine cl = EntenteCommand.newCommandLine();
    for (String name : path) cl = cl.getSubcommands().get(name);
    return cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  @Test
  void evaluationsAndBenchmarksThatPrintFiguresListJsonAndTheSharedFolder() {
    for (List<String> command : List.of(List.of("eval", "segment"), List.of("eval", "terms"), List.of("eval", "extract"),
        List.of("bench", "terms"))) {
      String help = help(command.toArray(String[]::new));
      assertThat(help).as(String.join(" ", command)).containsPattern("--json\\s+Print the figures as JSON\\.")
          .contains("--shared=DIR");
    }
  }

  @Test
  void dataAndQuietComeFromTheirMixins() {
    String help = help("import");
    assertThat(help).containsPattern("--data=DIR\\s+Data folder holding the indexes \\(default: data\\)\\.")
        .containsPattern("-q, --quiet\\s+Show no progress\\.");
    assertThat(help("lookup")).contains("--data=DIR");
  }
}
