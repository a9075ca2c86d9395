package org.entente.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.entente.Version;
import org.entente.align.AlignmentWriter;
import org.entente.align.Alignment;
import org.entente.api.AlignmentJson;
import org.entente.api.Json;
import org.entente.text.BadInputException;

/** Writes alignments in the format asked for on the command line: vecalign, tsv, json or tmx. */
final class AlignOutput {
  static final List<String> FORMATS = List.of("vecalign", "tsv", "json", "tmx");

  private AlignOutput() {}

  static String checkFormat(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(f)) {
      throw new BadInputException("unknown format " + format, "--format", "use one of " + String.join(", ", FORMATS));
    }
    return f;
  }

  /** Writes to {@code file} (atomically, through a temporary file) or to {@code stdout} when file is null. */
  static void write(List<Alignment> alignments, String format, Path file, PrintWriter stdout, double flagBelow,
      List<String> warnings, Instant created) {
    try {
      if (file == null) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        write(alignments, format, buffer, flagBelow, warnings, created);
        stdout.print(buffer.toString(StandardCharsets.UTF_8));
        stdout.flush();
        return;
      }
      Path abs = file.toAbsolutePath();
      if (abs.getParent() != null) Files.createDirectories(abs.getParent());
      Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        write(alignments, format, out, flagBelow, warnings, created);
      }
      Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void write(List<Alignment> alignments, String format, OutputStream out, double flagBelow,
      List<String> warnings, Instant created) throws IOException {
    switch (format) {
      case "tmx" -> AlignmentWriter.tmx(alignments, out, Version.get(), created);
      case "json" -> {
        Object body = alignments.size() == 1 ? AlignmentJson.of(alignments.get(0), flagBelow, warnings)
            : alignments.stream().map(a -> AlignmentJson.of(a, flagBelow, List.of())).toList();
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(new NonClosingStream(out), body);
        out.write('\n');
      }
      default -> {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Alignment a : alignments) {
          if (format.equals("tsv")) AlignmentWriter.tsv(a, w);
          else AlignmentWriter.vecalign(a, w);
        }
        w.flush();
      }
    }
    out.flush();
  }

  /** Keeps {@code System.out} open when a writer closes its stream. */
  private static final class NonClosingStream extends java.io.FilterOutputStream {
    NonClosingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
