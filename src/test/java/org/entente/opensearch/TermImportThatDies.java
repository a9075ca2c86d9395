package org.entente.opensearch;

import java.time.Duration;
import java.util.List;
import org.entente.terminology.Concept;

/**
 * A process that starts importing a glossary of 3,000 concepts into an OpenSearch termbase and stops in the middle,
 * once a thousand concepts are written (invisible), printing {@code WRITTEN} and waiting to be killed: the crash of
 * {@link TermBaseUpkeepTest}. Arguments: the node's URL, the index prefix, the file name.
 */
public final class TermImportThatDies {
  private TermImportThatDies() {}

  public static void main(String[] args) {
    OpenSearchSettings settings = OpenSearchSettings.parse(args[0]).withPrefix(args[1]).withShards(1, 0);
    OpenSearchTermBase base = OpenSearchTermBase.open(settings, TermBaseUpkeepTest.QUICK);
    // two bulks of 500 concepts are written by the 1,201st concept of the write pass
    List<Concept> concepts = TermBaseUpkeepTest.pausingAt(TermBaseUpkeepTest.concepts("gros", 3000), 1200, () -> {
      System.out.println("WRITTEN");
      System.out.flush();
      try {
        Thread.sleep(Duration.ofDays(1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    base.replaceOrigin(args[2], concepts, "sha-of-the-big-file");
  }
}
