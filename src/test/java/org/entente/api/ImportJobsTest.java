package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entente.memory.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import-job statuses are kept bounded: a service taking imports for months does not keep every status. */
class ImportJobsTest {
  @TempDir Path dir;

  @Test
  void keepsAtMostTheConfiguredNumberOfStatuses() throws Exception {
    try (ImportJobs jobs = new ImportJobs(Duration.ofHours(1), 3)) {
      for (int i = 0; i < 20; i++) {
        Path upload = Files.writeString(dir.resolve(i + ".tmx"), "<tmx/>");
        jobs.submit(i + ".tmx", upload, progress -> new ImportReport("f.tmx", "default", 0, 0, Map.of(), Map.of(), List.of(), true, ""));
      }
      assertThat(jobs.kept()).isLessThanOrEqualTo(3);
    }
  }

  @Test
  void forgetsStatusesAfterTheirTime() throws Exception {
    try (ImportJobs jobs = new ImportJobs(Duration.ofMillis(50), 100)) {
      Path upload = Files.writeString(dir.resolve("a.tmx"), "<tmx/>");
      String id = jobs.submit("a.tmx", upload, progress -> new ImportReport("a.tmx", "default", 0, 0, Map.of(), Map.of(),
          List.of(), true, "")).id();
      for (int i = 0; i < 100 && jobs.get(id) != null; i++) Thread.sleep(20);
      assertThat(jobs.get(id)).isNull();
    }
  }
}
