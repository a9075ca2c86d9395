package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.Services;
import org.entente.align.AlignerSettings;
import org.entente.align.EntenteAligner;
import org.entente.remote.FetchPolicy;
import org.entente.remote.HarvestReport;
import org.entente.remote.MemoryPairStore;
import org.entente.remote.Harvester;
import org.entente.remote.PairStore;
import org.entente.remote.SegmentingTextAligner;
import org.entente.remote.UrlMapping;
import org.entente.segment.ModelAndRulesSegmenter;
import org.entente.text.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente harvest}: fetches French pages and their English counterparts, aligns them and stores the pairs. */
@Command(name = "harvest", mixinStandardHelpOptions = true,
    description = {"Fetch French web pages and their English counterparts, align their articles and store the sentence "
        + "pairs in the translation memory, with both addresses, titles and dates as origin.",
        "The counterpart is the page's hreflang=\"en\" alternate or language-switch link, else the address rewritten "
            + "by the --map rules that apply. robots.txt is obeyed; a re-run fetches only what changed and resumes an "
            + "interrupted run. Progress goes to stderr, the summary to stdout. See docs/harvester.md."})
final class HarvestCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--memory", paramLabel = "NAME", defaultValue = "default",
      description = "Memory that receives the pairs (default: ${DEFAULT-VALUE}).")
  String memory;

  @Option(names = "--map", paramLabel = "FROM=TO",
      description = "Rewrite rule for the English address when a page links none, e.g. --map /fr/=/en/ (repeatable; "
          + "every rule that applies is used, in order).")
  List<String> maps = new ArrayList<>();

  @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
      description = "Milliseconds between two requests to one host (default: ${DEFAULT-VALUE}; a longer robots.txt "
          + "Crawl-delay wins).")
  long delay;

  @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "5242880",
      description = "Skip pages larger than this (default: ${DEFAULT-VALUE}).")
  long maxSize;

  @Option(names = "--min-score", paramLabel = "S", defaultValue = "0.5",
      description = "Store only pairs the aligner is at least this sure of, 0-1 (default: ${DEFAULT-VALUE}).")
  double minScore;

  @Option(names = "--user-agent", paramLabel = "UA",
      description = "User-Agent to announce; keep the EntenteHarvester token and add a contact address.")
  String userAgent;

  @Parameters(paramLabel = "URL_OR_FILE", arity = "1..*",
      description = "French page addresses, or files listing one address per line (# starts a comment).")
  List<String> inputs;

  @picocli.CommandLine.Mixin ProgressOption progress;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (delay < 0) throw new BadInputException("the delay cannot be negative: " + delay, "--delay", "give milliseconds, e.g. 1000");
    if (maxSize < 1024) throw new BadInputException("the size limit is too small: " + maxSize, "--max-size", "give at least 1024 bytes");
    if (minScore < 0 || minScore > 1) throw new BadInputException("the minimum score must be in [0, 1]: " + minScore, "--min-score", "e.g. 0.5");
    List<UrlMapping> mappings = maps.stream().map(UrlMapping::parse).toList();
    List<String> urls = addresses(inputs);
    PrintWriter out = spec.commandLine().getOut();
    FetchPolicy policy = FetchPolicy.defaults().withPerHostDelay(Duration.ofMillis(delay)).withMaxBytes(maxSize)
        .withUserAgent(userAgent);
    try (Services services = RunningService.openForWriting(data.path(), "entente harvest", null)) {
      Path state = services.data().folder("harvest");
      PairStore store = new MemoryPairStore(services.memory(), memory);
      SegmentingTextAligner aligner = new SegmentingTextAligner(new ModelAndRulesSegmenter(),
          new EntenteAligner(AlignerSettings.DEFAULTS, services.termBase(),
              services.data().folder("align").resolve("lexicon.tsv")));
      HarvestReport report;
      int pages = new java.util.LinkedHashSet<>(urls).size();
      try (Harvester harvester = new Harvester(state, policy, mappings, aligner, store, minScore);
          TaskProgress shown = progress.start("harvesting", pages, "pages")) {
        int[] done = {0};
        report = harvester.run(urls, line -> {
          shown.note(line);
          shown.at(++done[0], pages);
        });
      }
      report.summary().forEach(out::println);
      out.flush();
      return 0;
    }
  }

  /** The addresses given, files expanded to the addresses they list. */
  static List<String> addresses(List<String> inputs) {
    List<String> urls = new ArrayList<>();
    for (String in : inputs) {
      if (in.startsWith("http://") || in.startsWith("https://")) {
        urls.add(in);
        continue;
      }
      Path file = Path.of(in);
      if (!Files.isRegularFile(file)) {
        throw new BadInputException("neither an http(s) address nor a file: " + in, in,
            "give a French page address (https://...) or a file listing one address per line");
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (java.nio.charset.MalformedInputException e) {
        throw new BadInputException("the address list is not UTF-8", in, "save it as UTF-8");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + in + ": " + e.getMessage(), e);
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        if (!line.startsWith("http://") && !line.startsWith("https://")) {
          throw new BadInputException("not an http(s) address: " + line, in + ":" + (i + 1) + ":1",
              "one address per line, starting with http:// or https://");
        }
        urls.add(line);
      }
    }
    return urls;
  }
}
