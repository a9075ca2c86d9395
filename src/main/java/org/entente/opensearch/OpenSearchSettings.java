package org.entente.opensearch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.entente.text.BadInputException;

/**
 * Where and how the memory lives on OpenSearch: the cluster's HTTP addresses, the prefix of Entente's index names,
 * shards and replicas of the memory index, and the user and password of a secured cluster (empty: none).
 * {@code OpenSearchSettings.parse("http://os1:9200,http://os2:9200")} with prefix {@code entente-}, 1 shard and
 * 1 replica.
 */
public record OpenSearchSettings(List<URI> hosts, String prefix, int shards, int replicas, String user,
    String password, String refreshInterval) {
  public static final String DEFAULT_PREFIX = "entente-";

  public OpenSearchSettings {
    hosts = List.copyOf(hosts);
    if (hosts.isEmpty()) throw new BadInputException("no OpenSearch address given", "--opensearch",
        "give http://HOST:9200, several separated by commas");
    prefix = prefix == null ? DEFAULT_PREFIX : prefix;
    if (!prefix.matches("[a-z0-9][a-z0-9._-]{0,100}")) {
      throw new BadInputException("invalid index prefix '" + prefix + "'", "--opensearch-prefix",
          "use lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    if (shards < 1) throw new BadInputException("shards must be at least 1: " + shards, "--opensearch-shards", "");
    if (replicas < 0) throw new BadInputException("replicas must be 0 or more: " + replicas, "--opensearch-replicas", "");
    user = user == null ? "" : user;
    password = password == null ? "" : password;
    refreshInterval = refreshInterval == null ? "1s" : refreshInterval;
  }

  /** Settings for the comma-separated addresses, with the default prefix, 1 shard, 1 replica, no credentials. */
  public static OpenSearchSettings parse(String addresses) {
    return new OpenSearchSettings(hosts(addresses), DEFAULT_PREFIX, 1, 1, "", "", "1s");
  }

  /** Reads {@code http://h1:9200,https://h2:9200}; each must be an http(s) URL with a host. */
  public static List<URI> hosts(String addresses) {
    List<URI> out = new ArrayList<>();
    for (String a : (addresses == null ? "" : addresses).split(",")) {
      if (a.isBlank()) continue;
      URI u;
      try {
        u = URI.create(a.strip());
      } catch (IllegalArgumentException e) {
        throw new BadInputException("'" + a.strip() + "' is not a URL", "--opensearch", "give http://HOST:9200");
      }
      if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null) {
        throw new BadInputException("'" + a.strip() + "' is not an http(s) URL with a host", "--opensearch",
            "give http://HOST:9200");
      }
      out.add(u);
    }
    return out;
  }

  public OpenSearchSettings withPrefix(String p) {
    return new OpenSearchSettings(hosts, p, shards, replicas, user, password, refreshInterval);
  }

  public OpenSearchSettings withShards(int s, int r) {
    return new OpenSearchSettings(hosts, prefix, s, r, user, password, refreshInterval);
  }

  public OpenSearchSettings withCredentials(String u, String p) {
    return new OpenSearchSettings(hosts, prefix, shards, replicas, u, p, refreshInterval);
  }

  /** How often OpenSearch makes new writes searchable; an acknowledged write waits for the next one. */
  public OpenSearchSettings withRefreshInterval(String interval) {
    return new OpenSearchSettings(hosts, prefix, shards, replicas, user, password, interval);
  }

  @Override
  public String toString() {
    return "OpenSearch " + hosts + " (prefix " + prefix + ", " + shards + " shard(s), " + replicas + " replica(s)"
        + (user.isEmpty() ? "" : ", user " + user) + ")";
  }
}
