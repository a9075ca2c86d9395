package org.entente.cli;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.entente.Services;
import org.entente.api.ApiConfig;
import org.entente.api.ApiServer;
import org.entente.opensearch.OpenSearchSettings;
import org.entente.opensearch.OpenSearchTranslationMemory;
import org.entente.segment.ModelAndRulesSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente serve}: starts the REST service over the data folder. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Start the REST service (default http://127.0.0.1:8080) over the data folder, created on first start.",
        "glossaries/ and tmx/ are synchronised at every start."})
final class ServeCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--api-key", paramLabel = "KEY", defaultValue = "${env:ENTENTE_API_KEY}",
      description = "API key that writes must carry (X-API-Key header). Default: $ENTENTE_API_KEY; none means writes are refused.")
  String apiKey;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
      description = "Allow browser requests from this origin (repeatable). CORS is off by default.")
  List<String> corsOrigins;

  @Option(names = "--allowed-host", paramLabel = "NAME", split = ",",
      description = "A host name clients may use to reach the service besides localhost, 127.0.0.1 and --host "
          + "(repeatable); requests naming another host answer 421, against DNS rebinding.")
  List<String> allowedHosts;

  @Option(names = "--jsonp", description = "Let the amaGama endpoint answer JSONP (jsoncallback=): any web page the "
      + "user opens can then read memory matches. Off by default.")
  boolean jsonp;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--glossaries", paramLabel = "DIR", defaultValue = "glossaries",
      description = "Glossary folder (.tbx, .csv, .tsv) synchronised into the termbase at start (default: ${DEFAULT-VALUE}).")
  java.nio.file.Path glossaries;
  @Option(names = "--tmx", paramLabel = "DIR", defaultValue = "tmx",
      description = "TMX files loaded into the default memory at every start; changed files replace what they "
          + "imported before (default: ${DEFAULT-VALUE}).")
  java.nio.file.Path tmxFolder;

  @Mixin OpenSearchOptions openSearch;

  @Override
  public Integer call() throws InterruptedException {
    String owner = "the Entente service starting on " + host + ":" + port;
    Services services;
    if (!openSearch.given()) {
      services = Services.open(data.path(), owner);
    } else {
      OpenSearchSettings settings = openSearch.settings();
      OpenSearchTranslationMemory store = OpenSearchTranslationMemory.open(settings);
      try {
        services = Services.open(data.path(), owner, store);
      } catch (RuntimeException e) {
        store.close();
        throw e;
      }
      spec.commandLine().getErr().println("entente serve: the translation memory is on " + settings);
    }
    GlossaryStartup.sync(glossaries, services, spec.commandLine().getErr());
    TmxSync.run(services, tmxFolder, spec.commandLine().getErr());
    // the service loads the sentence models before it listens, so the first request does not pay for them;
    // other commands load them only if they segment
    ModelAndRulesSegmenter.preload();
    ApiServer server = new ApiServer(services, new ApiConfig(host, port, apiKey, corsOrigins, null, allowedHosts, jsonp)).start();
    services.data().describeOwner("the Entente service at " + server.baseUrl());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      services.close();
      stopped.countDown();
    }, "entente-shutdown"));
    stopped.await();
    return 0;
  }
}
