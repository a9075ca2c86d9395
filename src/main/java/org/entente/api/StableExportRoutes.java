package org.entente.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.entente.memory.MemoryInfo;
import org.entente.memory.TranslationMemory;
import org.entente.terminology.TermBase;
import org.entente.terminology.TermExport;
import org.entente.text.Language;

/**
 * The exports at fixed addresses without a query string, with an ETag, for tools that map one URL to one file and
 * poll it: OmegaT's HTTP team repository joins its {@code url} and each mapping's {@code repository} into
 * {@code http://127.0.0.1:8080/api/v1/tm/export/} + {@code nato.tmx}, sends back the ETag it saved as
 * {@code If-None-Match}, and downloads only on 200 (304: unchanged). The ETag is a SHA-256 of the export from its
 * {@code <body>} on (the TMX header carries the export time, which is no change), so it moves exactly when the units
 * or concepts do. Each request still builds the export (spooled to a temporary file, then streamed); what 304 saves
 * is the transfer and the client's re-reading. A thin alias of {@code /api/v1/tm/export?memory=} and the termbase
 * TBX export, plus the termbase as OmegaT's own tab-separated glossary ({@code /termbase/export/fr-en.utf8}), since
 * OmegaT 5.8 reads TBX 2 only.
 */
final class StableExportRoutes {
  static final String TMX_ALL = ApiServer.V1 + "/tm/export.tmx";
  static final String TMX_ONE = ApiServer.V1 + "/tm/export/{memory}.tmx";
  static final String TBX = ApiServer.V1 + "/termbase/export.tbx";
  static final String OMEGAT_GLOSSARY = ApiServer.V1 + "/termbase/export/{pair}.utf8";
  private static final String TMX_TYPE = "application/x-tmx+xml; charset=UTF-8";
  private static final String TBX_TYPE = "application/x-tbx+xml; charset=UTF-8";
  private static final String TSV_TYPE = "text/tab-separated-values; charset=UTF-8";
  private static final byte[] BODY = "<body".getBytes(StandardCharsets.US_ASCII);
  private static final int BODY_SEARCH_LIMIT = 1 << 16;

  private final TranslationMemory memory;
  private final TermBase terms;

  StableExportRoutes(TranslationMemory memory, TermBase terms) {
    this.memory = memory;
    this.terms = terms;
  }

  void register(RoutesConfig r) {
    r.get(TMX_ALL, ctx -> send(ctx, TMX_TYPE, "memory.tmx", out -> memory.exportTmx(out, null)));
    r.get(TMX_ONE, ctx -> {
      String name = ctx.pathParam("memory");
      if (memory.memories().stream().map(MemoryInfo::name).noneMatch(name::equals)) {
        throw new NotFoundResponse("no memory named '" + name + "'; GET " + ApiServer.V1
            + "/tm/memories lists them, and " + TMX_ALL + " exports all of them");
      }
      send(ctx, TMX_TYPE, name + ".tmx", out -> memory.exportTmx(out, name));
    });
    r.get(TBX, ctx -> send(ctx, TBX_TYPE, "termbase.tbx", out -> TermExport.tbx(terms, out)));
    r.get(OMEGAT_GLOSSARY, ctx -> {
      String pair = ctx.pathParam("pair");
      Language from = switch (pair) {
        case "fr-en" -> Language.FR;
        case "en-fr" -> Language.EN;
        default -> throw new NotFoundResponse("no glossary direction '" + pair + "': use " + ApiServer.V1
            + "/termbase/export/fr-en.utf8 or " + ApiServer.V1 + "/termbase/export/en-fr.utf8");
      };
      send(ctx, TSV_TYPE, "entente-" + pair + ".utf8", out -> TermExport.omegat(terms, from, out));
    });
  }

  /** Writes an export to {@code out}. */
  private interface Export {
    void writeTo(OutputStream out) throws IOException;
  }

  private static void send(Context ctx, String type, String filename, Export export) throws IOException {
    Path spool = Files.createTempFile("entente-export-", ".xml");
    try {
      try (OutputStream out = Files.newOutputStream(spool)) {
        export.writeTo(out);
      }
      String etag = "\"" + digestFromBody(spool) + "\"";
      ctx.header("ETag", etag).header("Cache-Control", "no-cache");
      if (matches(ctx.header("If-None-Match"), etag)) {
        ctx.status(304);
        return;
      }
      ctx.contentType(type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
      try (InputStream in = Files.newInputStream(spool); OutputStream out = ctx.outputStream()) {
        in.transferTo(out);
      }
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  /** True when an {@code If-None-Match} list holds this ETag (weak or strong) or {@code *}. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) return false;
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.startsWith("W/")) t = t.substring(2);
      if (t.equals("*") || t.equals(etag)) return true;
    }
    return false;
  }

  /** SHA-256 (first 128 bits, hex) of the file from the first {@code <body} on; of all of it when there is none. */
  private static String digestFromBody(Path file) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(BODY_SEARCH_LIMIT);
      int from = indexOf(head, BODY);
      sha.update(head, Math.max(from, 0), head.length - Math.max(from, 0));
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) sha.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 16);
  }

  private static int indexOf(byte[] data, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= data.length; i++) {
      for (int j = 0; j < needle.length; j++) if (data[i + j] != needle[j]) continue outer;
      return i;
    }
    return -1;
  }
}
