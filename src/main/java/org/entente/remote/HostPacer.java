package org.entente.remote;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a delay between two requests to the same host ({@code --delay}, or the site's {@code Crawl-delay} when it
 * asks for more), so that a harvest never hammers a site. Other hosts are not slowed down.
 */
final class HostPacer {
  private final long delayMillis;
  private final Map<String, Long> lastRequest = new HashMap<>();

  HostPacer(long delayMillis) {
    this.delayMillis = delayMillis;
  }

  /** Waits until a request to {@code host} is allowed, then records it. */
  synchronized void await(String host, long siteDelayMillis) throws InterruptedException {
    long delay = Math.max(delayMillis, siteDelayMillis);
    Long last = lastRequest.get(host);
    if (last != null) {
      long wait = last + delay - System.currentTimeMillis();
      if (wait > 0) Thread.sleep(wait);
    }
    lastRequest.put(host, System.currentTimeMillis());
  }
}
