package org.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.entente.formats.DocxText;
import org.entente.formats.DraftText;
import org.entente.formats.MarkdownProse;
import org.entente.formats.XliffReader;
import org.entente.formats.Xml;
import org.entente.text.BadInputException;

/**
 * Reads a draft for {@code entente check} by its extension: {@code .md} (the prose only), {@code .xlf}/{@code .xliff}
 * (targets with their sources), {@code .docx} (the body's paragraphs, one a line), anything else as UTF-8 text;
 * {@code -} is standard input.
 */
final class DraftFiles {
  /** Drafts larger than this are refused (a NATO document is far below). */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private DraftFiles() {}

  /** A draft read: its name as given, its text, and the language its file says it is in (XLIFF), or empty. */
  record Draft(String name, DraftText text, String language, Kind kind) {}

  /** How the file was read. */
  enum Kind { TEXT, MARKDOWN, XLIFF, DOCX }

  static Kind kind(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".md") || n.endsWith(".markdown")) return Kind.MARKDOWN;
    if (n.endsWith(".xlf") || n.endsWith(".xliff")) return Kind.XLIFF;
    if (n.endsWith(".docx")) return Kind.DOCX;
    return Kind.TEXT;
  }

  static Draft read(String name, InputStream stdin) {
    byte[] bytes = bytes(name, stdin);
    Kind kind = kind(name);
    return switch (kind) {
      case MARKDOWN -> new Draft(name, DraftText.document(MarkdownProse.of(stripBom(TextInput.decode(bytes, name)))), "", kind);
      case XLIFF -> {
        XliffReader.Xliff x = new XliffReader().read(bytes, name);
        yield new Draft(name, x.text(), x.targetLanguage(), kind);
      }
      case DOCX -> new Draft(name, DraftText.document(DocxText.read(bytes, name, Xml.DEFAULT_LIMITS)), "", kind);
      case TEXT -> new Draft(name, DraftText.document(stripBom(TextInput.decode(bytes, name))), "", kind);
    };
  }

  /** A byte-order mark is not text: editors do not count it as a column. */
  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static byte[] bytes(String name, InputStream stdin) {
    try {
      if (name.equals("-")) return stdin.readNBytes((int) MAX_BYTES);
      Path p = Path.of(name);
      if (Files.isDirectory(p)) throw new BadInputException("a folder, not a file", name, "give the draft files");
      if (Files.size(p) > MAX_BYTES) {
        throw new BadInputException("larger than " + MAX_BYTES / (1024 * 1024) + " MB", name, "split the draft");
      }
      return Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      throw new BadInputException("no such file", name, "check the path");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }
}
