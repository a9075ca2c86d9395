package org.entente.devnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;
import org.opensearch.transport.TransportService;

/**
 * A local OpenSearch node for trying Entente's OpenSearch backend and for its tests: OpenSearch's {@link Node} with
 * the two modules Entente needs (HTTP over Netty, common analysis) loaded from the classpath, so it starts without
 * OpenSearch's launcher (which refuses to run as root). {@code DevNode --data /tmp/os --port 0} prints
 * {@code OpenSearch 3.9.0 ready at http://127.0.0.1:41234} and runs until stopped.
 */
public final class DevNode extends Node {
  private static final List<Class<? extends Plugin>> PLUGINS =
      List.of(Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class);

  private DevNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
    super(environment, plugins.stream().map(DevNode::info).toList(), true);
  }

  private static PluginInfo info(Class<? extends Plugin> plugin) {
    return new PluginInfo(plugin.getName(), "classpath plugin", "NA", Version.CURRENT, "21", plugin.getName(), null,
        List.of(), false);
  }

  /**
   * Options: {@code --data DIR} (required), {@code --port P} (HTTP, 0 for any free port), {@code --transport-port P},
   * {@code --name NODE}, {@code --cluster NAME}, {@code --seeds host:port,...} and {@code --managers n1,n2,...} for a
   * cluster of several nodes (single-node discovery otherwise), {@code --ready-file F} (the URL written there once
   * the node answers, for a parent process).
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    Path data = Path.of(require(o, "data")).toAbsolutePath();
    Files.createDirectories(data);
    Settings.Builder s = Settings.builder()
        .put("path.home", data.toString())
        .put("path.data", data.resolve("data").toString())
        .put("path.logs", data.resolve("logs").toString())
        .put("cluster.name", o.getOrDefault("cluster", "entente-dev"))
        .put("node.name", o.getOrDefault("name", "entente-dev-node"))
        .put("network.host", "127.0.0.1")
        .put("http.port", o.getOrDefault("port", "9200"))
        .put("transport.port", o.getOrDefault("transport-port", "0"))
        .put("cluster.routing.allocation.disk.threshold_enabled", false)
        .put("action.auto_create_index", false);
    if (o.containsKey("seeds")) {
      s.putList("discovery.seed_hosts", List.of(o.get("seeds").split(",")));
      s.putList("cluster.initial_cluster_manager_nodes", List.of(o.get("managers").split(",")));
    } else {
      s.put("discovery.type", "single-node");
    }
    Environment env = InternalSettingsPreparer.prepareEnvironment(s.build(), Map.of(), null, () -> "entente-dev-node");
    DevNode node = new DevNode(env, PLUGINS);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        node.close();
      } catch (IOException e) {
        System.err.println("dev-opensearch: closing the node failed: " + e.getMessage());
      }
      stopped.countDown();
    }, "dev-opensearch-stop"));
    node.start();
    int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
    int transport = node.injector().getInstance(TransportService.class).boundAddress().publishAddress().getPort();
    String url = "http://127.0.0.1:" + port;
    if (o.containsKey("ready-file")) {
      Path ready = Path.of(o.get("ready-file"));
      Path tmp = ready.resolveSibling(ready.getFileName() + ".tmp");
      Files.writeString(tmp, url + "\n" + transport + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, ready, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    System.out.println("OpenSearch " + Version.CURRENT + " ready at " + url + " (transport port " + transport
        + ", data " + data + "); stop it with Ctrl-C");
    System.out.flush();
    stopped.await();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new java.util.HashMap<>();
    List<String> rest = new ArrayList<>(List.of(args));
    for (int i = 0; i < rest.size(); i++) {
      String a = rest.get(i);
      if (!a.startsWith("--") || i + 1 >= rest.size()) {
        throw new IllegalArgumentException("expected --option value, got '" + a + "'");
      }
      o.put(a.substring(2), rest.get(++i));
    }
    return o;
  }

  private static String require(Map<String, String> o, String name) {
    String v = o.get(name);
    if (v == null) throw new IllegalArgumentException("--" + name + " is required");
    return v;
  }
}
