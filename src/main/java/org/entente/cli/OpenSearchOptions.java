package org.entente.cli;

import org.entente.opensearch.OpenSearchSettings;
import picocli.CommandLine.Option;

/**
 * The options naming an OpenSearch cluster that holds the translation memory ({@code serve --opensearch},
 * {@code reindex --opensearch}): addresses, index prefix, shards and replicas, credentials.
 */
public final class OpenSearchOptions {
  @Option(names = "--opensearch", paramLabel = "URL[,URL...]",
      description = "Keep the translation memory on this OpenSearch cluster instead of the data folder (several "
          + "Entente instances may share it). Try it with ./entente dev-opensearch.")
  String url;

  @Option(names = "--opensearch-prefix", paramLabel = "PREFIX", defaultValue = "entente-",
      description = "Prefix of Entente's index names on OpenSearch (default: ${DEFAULT-VALUE}).")
  String prefix;

  @Option(names = "--opensearch-shards", paramLabel = "N", defaultValue = "1",
      description = "Primary shards of the memory index when Entente creates it (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = "--opensearch-replicas", paramLabel = "N", defaultValue = "1",
      description = "Replicas of each shard when Entente creates the indexes (default: ${DEFAULT-VALUE}).")
  int replicas;

  @Option(names = "--opensearch-user", paramLabel = "USER", defaultValue = "${env:ENTENTE_OPENSEARCH_USER}",
      description = "User of a secured cluster (default: $ENTENTE_OPENSEARCH_USER).")
  String user;

  @Option(names = "--opensearch-password", paramLabel = "PASSWORD", defaultValue = "${env:ENTENTE_OPENSEARCH_PASSWORD}",
      description = "Password of that user (default: $ENTENTE_OPENSEARCH_PASSWORD; prefer the variable to the option).")
  String password;

  /** Whether a cluster was given (else the memory is the data folder's). */
  boolean given() {
    return url != null;
  }

  OpenSearchSettings settings() {
    return OpenSearchSettings.parse(url).withPrefix(prefix).withShards(shards, replicas).withCredentials(user, password);
  }
}
