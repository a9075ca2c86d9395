package org.entente;

import org.entente.cli.EntenteCommand;

/** Entry point: runs the command line and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(EntenteCommand.execute(args));
  }
}
