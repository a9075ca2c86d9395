package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.Services;
import org.entente.client.EntenteClient;
import org.entente.client.EntenteException;
import org.entente.client.RetryPolicy;
import org.entente.index.DataFolderLockedException;
import org.entente.text.BadInputException;

/**
 * The Entente service that holds a data folder, found from the folder's lock, which names the holder as
 * {@code "the Entente service at http://127.0.0.1:8080 (pid 4242)"}: read commands ask it over HTTP instead of
 * stopping, and write commands say what to send it instead.
 */
record RunningService(String url, Path folder) {
  private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s()]+");

  /** The service named by the lock that stopped a command, if the holder is a service with an address. */
  static Optional<RunningService> holding(DataFolderLockedException locked, Path folder) {
    Matcher m = ADDRESS.matcher(locked.owner());
    return m.find() ? Optional.of(new RunningService(m.group(), folder)) : Optional.empty();
  }

  /** A client for it: quick to give up when it does not answer, since the command can then say so at once. */
  EntenteClient client() {
    return EntenteClient.builder().baseUrl(url).connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(120)).callTimeout(Duration.ofSeconds(300))
        .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(2)).userAgent("entente-cli").build();
  }

  /** Whether it answers {@code GET /health}. */
  boolean answers() {
    try (EntenteClient c = EntenteClient.builder().baseUrl(url).connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofSeconds(5)).retryPolicy(RetryPolicy.NONE)
        .userAgent("entente-cli").build()) {
      return c.health().ok();
    } catch (EntenteException | IllegalArgumentException e) {
      // not answering, or an address the client cannot use (an IPv6 host written without brackets)
      return false;
    }
  }

  /**
   * Opens the data folder for a command that writes; when a service holds it, stops with what to do instead.
   *
   * @param instead what to send the service instead, given its address: {@code url -> "curl -X POST " + url + ...};
   *     null when the service offers no such thing (then: stop it first)
   */
  static Services openForWriting(Path data, String owner, java.util.function.Function<String, String> instead) {
    try {
      return Services.open(data, owner);
    } catch (DataFolderLockedException locked) {
      Optional<RunningService> service = holding(locked, data);
      if (service.isEmpty()) throw locked;
      String url = service.get().url();
      throw new BadInputException("the service at " + url + " holds " + data + " and only it may write there",
          "--data " + data, instead == null ? "stop the service first (Ctrl-C where it runs), then run this again"
              : "use " + instead.apply(url) + ", or stop the service first");
    }
  }
}
