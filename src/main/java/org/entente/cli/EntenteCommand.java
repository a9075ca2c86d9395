package org.entente.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.entente.Version;
import org.entente.text.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command and the explicit list of its sub-commands. */
@Command(
    name = "entente",
    mixinStandardHelpOptions = true,
    versionProvider = EntenteCommand.VersionProvider.class,
    description = "French-English translation and terminology memory for NATO texts.",
    subcommands = {
        ServeCommand.class,
        SegmentCommand.class,
        ImportCommand.class,
        ExportCommand.class,
        TermsCommand.class,
        TermSearchCommand.class,
        LookupCommand.class,
        ConcordanceCommand.class,
        ReindexCommand.class,
        AlignCommand.class,
        AlignCorpusCommand.class,
        EvalCommand.class,
        BenchCommand.class,
        HarvestCommand.class,
        CheckCommand.class,
        CompletionCommand.class,
        ExtractTermsCommand.class,
        TermReportCommand.class,
        DevOpenSearchCommand.class,
        CommandLine.HelpCommand.class,
    },
    footer = {"", "Launcher only:", "  test      Run the test suite (mvn -B verify) with a JDK >= 21.",
        "", "Every command has --help. Exit codes: 0 ok, 1 failure, 2 bad input or usage."})
public final class EntenteCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Lucene says through java.util.logging which vector code it uses; a user needs it only when it is slow. */
  private static final java.util.logging.Logger VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  /** Runs the command line and returns the exit code: 0 ok, 1 failure, 2 bad input or usage. */
  public static int execute(String... args) {
    LauncherStreams.adopt();
    VECTOR_LOG.setLevel(java.util.logging.Level.WARNING);
    // commands other than the service log warnings only: "opened index ..." is service talk
    boolean service = args.length > 0 && args[0].equals("serve");
    if (!service && System.getProperty("entente.log.level") == null) System.setProperty("entente.log.level", "WARN");
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new EntenteCommand());
    cl.setExecutionExceptionHandler(EntenteCommand::handle);
    return cl;
  }

  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (e instanceof BadInputException bad) {
      err.println("entente " + cl.getCommandName() + ": " + bad.describe());
      return 2;
    }
    if (e instanceof UncheckedIOException io) {
      err.println("entente " + cl.getCommandName() + ": " + io.getMessage());
      return 1;
    }
    err.println("entente " + cl.getCommandName() + ": internal error: " + e);
    e.printStackTrace(err);
    return 1;
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Entente " + Version.get()};
    }
  }
}
