package org.entente.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.entente.testing.SharedOpenSearch;
import org.junit.jupiter.api.Test;

/** Import jobs' statuses kept in the cluster, on the run's real node: read by any instance, and bounded. */
class OpenSearchImportStatusesTest {
  @Test
  void statusesAreReadByAnotherInstanceUpdatedWhileKeptAndBoundedInNumberAndTime() throws Exception {
    OpenSearchNode node = SharedOpenSearch.node();
    OpenSearchSettings settings = OpenSearchSettings.parse(node.url()).withPrefix("jobs-bound-").withShards(1, 0);
    try (OpenSearchRest a = new OpenSearchRest(settings); OpenSearchRest b = new OpenSearchRest(settings)) {
      OpenSearchImportStatuses mine = new OpenSearchImportStatuses(a, settings, Duration.ofHours(1), 3);
      OpenSearchImportStatuses theirs = new OpenSearchImportStatuses(b, settings, Duration.ofHours(1), 3);
      try {
        for (int i = 0; i < 5; i++) mine.add("job-" + i, "{\"status\":\"queued\",\"n\":" + i + "}");
        assertThat(mine.kept()).isEqualTo(3);
        assertThat(theirs.get("job-0")).as("the oldest went past the bound").isEmpty();
        assertThat(theirs.get("job-4")).contains("{\"status\":\"queued\",\"n\":4}");
        mine.update("job-4", "{\"status\":\"done\"}");
        assertThat(theirs.get("job-4")).contains("{\"status\":\"done\"}");
        mine.update("job-0", "{\"status\":\"done\"}");
        assertThat(theirs.get("job-0")).as("a forgotten status stays forgotten").isEmpty();
        OpenSearchImportStatuses brief = new OpenSearchImportStatuses(b, settings, Duration.ofMillis(1), 3);
        Thread.sleep(5);
        assertThat(brief.get("job-4")).as("kept no longer than its time").isEmpty();
      } finally {
        mine.drop();
      }
    }
  }
}
