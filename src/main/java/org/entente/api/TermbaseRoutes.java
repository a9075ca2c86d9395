package org.entente.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.entente.Services;
import org.entente.formats.CsvTermReader;
import org.entente.formats.TermFile;
import org.entente.terminology.TermExport;
import org.entente.terminology.TermImport;
import org.entente.text.BadInputException;

/**
 * Whole-termbase transfers under {@code /api/v1/termbase}: {@code POST /import?name=glossary.tbx} (body or multipart
 * {@code file}; behind the API key) imports a TBX or CSV glossary all or nothing, replacing what the same file name
 * imported before, as {@code entente import} does; {@code GET /export?format=tbx|csv} streams the termbase.
 */
final class TermbaseRoutes {
  private static final String BASE = ApiServer.V1 + "/termbase";

  private final Services services;
  private final WriteAccess writes;

  private TermbaseRoutes(Services services, WriteAccess writes) {
    this.services = services;
    this.writes = writes;
  }

  static void register(RoutesConfig r, Services services, WriteAccess writes) {
    TermbaseRoutes t = new TermbaseRoutes(services, writes);
    r.post(BASE + "/import", t::importFile);
    r.get(BASE + "/export", t::export);
  }

  /** What a termbase import did (or, {@code "dryRun":true}, would do): {@code dryRun} is left out of a real one. */
  record Imported(String file, String kind, String format, int concepts, int replaced,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean dryRun, List<String> warnings) {}

  private void importFile(Context ctx) {
    writes.check(ctx);
    Path dir = services.data().folder("uploads").resolve(UUID.randomUUID().toString());
    try {
      Files.createDirectories(dir);
      Path upload = receive(ctx, dir);
      CsvTermReader.Options options = new CsvTermReader.Options(columns(ctx.queryParam("columns")), null);
      String name = upload.getFileName().toString();
      if ("true".equals(ctx.queryParam("dryRun"))) {
        TermFile read = TermImport.read(Files.readAllBytes(upload), name, options);
        ctx.json(new Imported(name, "terms", read.format(), read.entries().size(), 0, true, read.warnings()));
      } else {
        TermImport.Report r = new TermImport(services.terms()).importFile(upload, "file:" + name, options);
        ctx.json(new Imported(name, "terms", r.format(), r.concepts(), r.replaced(), null, r.warnings()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  /** Saves the upload under its own (sanitised) file name, whose extension says how to read it. */
  private static Path receive(Context ctx, Path dir) throws IOException {
    String name;
    InputStream in;
    if (ctx.isMultipartFormData()) {
      UploadedFile f = ctx.uploadedFile("file");
      if (f == null) {
        throw new BadInputException("the multipart upload has no 'file' part", "file", "send the glossary as the form field 'file'");
      }
      name = f.filename();
      in = f.content();
    } else {
      name = ctx.queryParam("name");
      if (name == null || name.isBlank()) {
        throw new BadInputException("the file name is missing", "name",
            "send ?name=glossary.tbx (or .csv, .tsv): its extension says how to read the body");
      }
      in = ctx.bodyInputStream();
    }
    String safe = Path.of(name.strip().replace('\\', '/')).getFileName().toString().replaceAll("[^\\p{L}\\p{N}._-]", "_");
    Path file = dir.resolve(safe.isEmpty() ? "upload" : safe);
    if (!TermImport.handles(file)) {
      throw new BadInputException("cannot import '" + name + "' into the termbase", "name",
          "send a .tbx, .csv, .tsv, .tab or .txt glossary (TMX files go to POST /api/v1/tm/import)");
    }
    try (in) {
      Files.copy(in, file);
    }
    if (Files.size(file) == 0) throw new BadInputException("the upload is empty", "body", "send the glossary file");
    return file;
  }

  private static List<String> columns(String v) {
    if (v == null || v.isBlank()) return null;
    return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private void export(Context ctx) throws IOException {
    String format = ctx.queryParam("format") == null ? "tbx" : ctx.queryParam("format").strip().toLowerCase(Locale.ROOT);
    switch (format) {
      case "tbx" -> {
        ctx.contentType("application/x-tbx+xml; charset=UTF-8")
            .header("Content-Disposition", "attachment; filename=\"termbase.tbx\"");
        TermExport.tbx(services.terms(), ctx.outputStream());
      }
      case "csv" -> {
        ctx.contentType("text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"termbase.csv\"");
        TermExport.csv(services.terms(), ctx.outputStream());
      }
      default -> throw new BadInputException("unknown format '" + format + "'", "format", "use format=tbx or format=csv");
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) Files.deleteIfExists(f);
      Files.deleteIfExists(dir);
    } catch (IOException ignored) {
      // a leftover upload is removed at the next start
    }
  }
}
