package org.entente.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command takes. */
public final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
      description = "Data folder holding the indexes (default: ${DEFAULT-VALUE}).")
  Path data;

  public Path path() {
    return data;
  }
}
