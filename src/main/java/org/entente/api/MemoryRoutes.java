package org.entente.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.entente.Services;
import org.entente.memory.ImportOptions;
import org.entente.memory.ImportReport;
import org.entente.memory.LookupQuery;
import org.entente.memory.LuceneTranslationMemory;
import org.entente.memory.TranslationMemory;
import org.entente.memory.TranslationUnit;
import org.entente.text.BadInputException;
import org.entente.text.Language;

/**
 * The translation-memory routes under {@code /api/v1/tm}: lookup, concordance, units (CRUD), import (synchronous,
 * or a job with a status when large), export (streamed TMX) and the named memories.
 */
final class MemoryRoutes {
  /** Bodies larger than this are imported as a job (202); smaller ones answer with the report. */
  static final long ASYNC_THRESHOLD = 1024 * 1024;
  private static final String TM = ApiServer.V1 + "/tm";

  private final TranslationMemory tm;
  private final Services services;
  private final WriteAccess writes;
  private final ApiConfig config;
  private final ImportJobs jobs;

  private MemoryRoutes(Services services, WriteAccess writes, ApiConfig config) {
    this.services = services;
    this.tm = services.memory();
    this.jobs = new ImportJobs(tm.sharedImportStatuses());
    this.writes = writes;
    this.config = config;
  }

  static MemoryRoutes register(RoutesConfig r, Services services, WriteAccess writes, ApiConfig config) {
    MemoryRoutes m = new MemoryRoutes(services, writes, config);
    removeOrphanedUploads(services.data().folder("uploads"));
    r.get(TM + "/lookup", m::lookup);
    r.post(TM + "/lookup", m::lookup);
    r.get(TM + "/concordance", m::concordance);
    r.post(TM + "/units", m::create);
    r.get(TM + "/units/{id}", m::read);
    r.put(TM + "/units/{id}", m::update);
    r.delete(TM + "/units/{id}", m::delete);
    r.post(TM + "/units/{id}/used", m::used);
    r.post(TM + "/import", m::importTmx);
    r.get(TM + "/import/{job}", m::job);
    r.get(TM + "/export", m::export);
    r.get(TM + "/memories", ctx -> ctx.json(m.tm.memories()));
    r.put(TM + "/memories/{name}", m::configure);
    return m;
  }

  /** A query parameter, or a form field of a POST (long texts do not fit in a URL). */
  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    String type = ctx.contentType();
    if (v == null && type != null && type.startsWith("application/x-www-form-urlencoded")) v = ctx.formParam(name);
    return v;
  }

  private static int intParam(String value, String name, int dflt, int lo, int hi) {
    if (value == null || value.isBlank()) return dflt;
    try {
      int v = Integer.parseInt(value.strip());
      if (v < lo || v > hi) throw new NumberFormatException();
      return v;
    } catch (NumberFormatException e) {
      throw new BadInputException(name + " must be a whole number from " + lo + " to " + hi + ", not '" + value + "'",
          name, "e.g. " + name + "=" + dflt);
    }
  }

  private String text(Context ctx) {
    String t = param(ctx, "text");
    if (t == null) t = param(ctx, "q");
    if (t == null || t.isBlank()) {
      throw new BadInputException("the text parameter is missing", "text", "send ?text=... (URL-encoded)");
    }
    if (t.length() > config.limits().maxSegmentChars()) {
      throw new org.entente.text.TooLargeException("text is longer than " + config.limits().maxSegmentChars()
          + " characters", "text", "send one segment at a time");
    }
    return t;
  }

  private void lookup(Context ctx) {
    String text = text(ctx);
    Language lang = MemoryJson.languageOrAuto(param(ctx, "lang"), "lang");
    int min = intParam(param(ctx, "min"), "min", LookupQuery.DEFAULT_MIN, Params.MIN_FLOOR, 101);
    int max = intParam(param(ctx, "max"), "max", LookupQuery.DEFAULT_MAX, 1, config.limits().maxResults());
    List<String> memories = ctx.queryParams("memory");
    var matches = MemoryJson.lookup(tm, text, lang, param(ctx, "prev"), param(ctx, "next"), min, max, memories);
    ctx.json(new Matches(matches.stream().map(MemoryJson::match).toList()));
  }

  /** The matches of a lookup, best first. */
  record Matches(List<MemoryJson.Match> matches) {}

  private void concordance(Context ctx) {
    String text = text(ctx);
    Language lang = MemoryJson.languageOrAuto(param(ctx, "lang"), "lang");
    int max = intParam(param(ctx, "max"), "max", 20, 1, config.limits().maxResults());
    var hits = tm.concordance(text, lang, max, ctx.queryParams("memory"));
    ctx.json(Map.of("hits", hits.stream().map(MemoryJson::hit).toList()));
  }

  /** A unit from the body, each text within the segment limit and without a word too long to index. */
  private MemoryJson.UnitRequest unitRequest(Context ctx) {
    var req = Json.body(ctx.body(), MemoryJson.UnitRequest.class);
    Params.segment(req.source(), "source", config.limits());
    Params.segment(req.target(), "target", config.limits());
    return req;
  }

  private void create(Context ctx) {
    writes.check(ctx);
    var req = unitRequest(ctx);
    TranslationUnit u = tm.add(MemoryJson.toUnit(req, "", null));
    ctx.status(201).header("Location", TM + "/units/" + u.id()).json(MemoryJson.unit(u));
  }

  private TranslationUnit existing(Context ctx) {
    String id = ctx.pathParam("id");
    return tm.get(id).orElseThrow(() -> new NotFoundResponse("no unit with id " + id));
  }

  private void read(Context ctx) {
    ctx.json(MemoryJson.unit(existing(ctx)));
  }

  private void update(Context ctx) {
    writes.check(ctx);
    var req = unitRequest(ctx);
    TranslationUnit old = existing(ctx);
    TranslationUnit u = tm.update(MemoryJson.toUnit(req, old.id(), old))
        .orElseThrow(() -> new NotFoundResponse("no unit with id " + old.id()));
    ctx.json(MemoryJson.unit(u));
  }

  private void delete(Context ctx) {
    writes.check(ctx);
    String id = ctx.pathParam("id");
    if (!tm.delete(id)) throw new NotFoundResponse("no unit with id " + id);
    ctx.status(204);
  }

  private void used(Context ctx) {
    writes.check(ctx);
    existing(ctx);
    tm.recordUse(ctx.pathParam("id"));
    ctx.status(204);
  }

  private void configure(Context ctx) {
    writes.check(ctx);
    MemorySettings body = Json.body(ctx.body(), MemorySettings.class);
    int priority = Params.integer(body.priority() == null ? null : body.priority().toString(), "priority", 0, -1000, 1000);
    int penalty = Params.integer(body.penalty() == null ? null : body.penalty().toString(), "penalty", 0, 0, 100);
    ctx.json(tm.configure(ctx.pathParam("name"), priority, penalty));
  }

  /** The body of {@code PUT /api/v1/tm/memories/{name}}: {@code {"priority": 1, "penalty": 0}}. */
  record MemorySettings(Integer priority, Integer penalty) {}

  private void importTmx(Context ctx) {
    writes.check(ctx);
    String memory = ctx.queryParam("memory");
    ImportOptions named = ImportOptions.DEFAULT.withMemory(memory).withMaxBytes(config.limits().maxBodyBytes());
    String name;
    Path upload = services.data().folder("uploads").resolve(java.util.UUID.randomUUID() + ".tmx");
    try {
      if (ctx.isMultipartFormData()) {
        UploadedFile f = ctx.uploadedFile("file");
        if (f == null) throw new BadInputException("the multipart upload has no 'file' part", "file",
            "send the TMX file as the form field 'file'");
        name = f.filename() == null || f.filename().isBlank() ? null : fileName(f.filename(), "file");
        try (InputStream in = f.content()) {
          Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
        }
      } else {
        name = ctx.queryParam("name") == null || ctx.queryParam("name").isBlank() ? null
            : fileName(ctx.queryParam("name"), "name");
        try (InputStream in = ctx.bodyInputStream()) {
          Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      if (Files.size(upload) == 0) throw new BadInputException("the request body is empty", "body", "send a TMX file");
    } catch (IOException e) {
      deleteQuietly(upload);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      deleteQuietly(upload);
      throw e;
    }
    // a nameless upload has no identity to replace: it only ever adds
    ImportOptions options = name == null ? named.withReplaceFile(false) : named;
    String file = name == null ? "upload.tmx" : name;
    boolean async = "true".equals(ctx.queryParam("async")) || sizeOf(upload) > ASYNC_THRESHOLD;
    if (async) {
      ImportJobs.Job job = jobs.submit(file, upload, progress -> importFile(upload, file, options, progress));
      ctx.status(202).header("Location", TM + "/import/" + job.id()).json(jobJson(job));
      return;
    }
    try {
      ctx.json(MemoryJson.report(importFile(upload, file, options)));
    } finally {
      deleteQuietly(upload);
    }
  }

  /**
   * The last part of an upload's name, checked: {@code C:\\drafts\\sommet.tmx} gives {@code sommet.tmx}; control
   * characters (a NUL) or an empty name are bad input.
   */
  static String fileName(String name, String param) {
    String last = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (last.isBlank() || last.equals(".") || last.equals("..") || last.length() > 255
        || last.codePoints().anyMatch(Character::isISOControl)) {
      throw new BadInputException("the file name is empty, too long or holds control characters", param,
          "name the upload like sommet.tmx (at most 255 characters, no control characters)");
    }
    return last;
  }

  private ImportReport importFile(Path upload, String file, ImportOptions options) {
    try (InputStream in = Files.newInputStream(upload)) {
      return tm.importTmx(in, file, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A job's import: counts the file's units first (a malformed file fails here), then imports, counting units read. */
  private ImportReport importFile(Path upload, String file, ImportOptions options, ImportJobs.Progress progress) {
    try (InputStream in = Files.newInputStream(upload)) {
      progress.total.set(TmxUnitCount.of(in, file, options.maxBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (InputStream in = Files.newInputStream(upload)) {
      return tm.importTmx(in, file, options, progress.done::incrementAndGet);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void job(Context ctx) {
    ImportJobs.Job job = jobs.get(ctx.pathParam("job"));
    if (job == null) throw new NotFoundResponse("no import job " + ctx.pathParam("job"));
    ctx.json(jobJson(job));
  }

  /** An import job's status as answered: the report once done, the error and where once failed. */
  record JobJson(String jobId, String file, String status, boolean durable, String statusUrl, long unitsDone,
      long unitsTotal, @JsonInclude(JsonInclude.Include.NON_NULL) MemoryJson.Report report,
      @JsonInclude(JsonInclude.Include.NON_NULL) String error, @JsonInclude(JsonInclude.Include.NON_NULL) String where) {}

  private static JobJson jobJson(ImportJobs.Job job) {
    return new JobJson(job.id(), job.file(), job.status(), job.durable(), TM + "/import/" + job.id(), job.unitsDone(),
        job.unitsTotal(), job.report(), job.error(), job.where());
  }

  private void export(Context ctx) throws IOException {
    String memory = ctx.queryParam("memory");
    if (memory != null && tm.memories().stream().noneMatch(m -> m.name().equals(memory))) {
      throw new NotFoundResponse("no memory named '" + memory + "'; GET " + TM + "/memories lists them");
    }
    ctx.contentType("application/x-tmx+xml; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + (memory == null ? "memory" : memory) + ".tmx\"");
    tm.exportTmx(ctx.outputStream(), memory);
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Deletes what a crash left in {@code data/uploads}: at start no import is running (one process writes a data
   * folder), so every file there is an orphan.
   */
  static void removeOrphanedUploads(Path uploads) {
    if (!Files.isDirectory(uploads)) return;
    try (var files = Files.list(uploads)) {
      files.filter(Files::isRegularFile).forEach(MemoryRoutes::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // a leftover upload is removed at the next start
    }
  }
}
