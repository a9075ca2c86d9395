package org.entente.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --json} option of the evaluations and benchmarks that print figures: {@code entente eval terms --json}
 * prints precision and recall as one JSON object instead of a table. {@code @Mixin JsonFiguresOption figures;} then
 * {@code figures.json()}.
 */
public final class JsonFiguresOption {
  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  public boolean json() {
    return json;
  }
}
