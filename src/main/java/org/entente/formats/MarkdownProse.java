package org.entente.formats;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The prose of a Markdown file, for the checks: the file's own text with everything that is not prose (code blocks,
 * inline code, HTML, link targets, bare addresses, the markup itself) replaced by spaces and the line breaks kept,
 * so that every offset into the prose is the same offset into the file. {@code "Use `defense.conf`, see
 * [the guide](https://example.org/defense)."} keeps {@code "Use"}, {@code "see"}, {@code "the guide"} and the
 * punctuation, and blanks {@code defense.conf} and the address, which the spelling check must not read.
 */
public final class MarkdownProse {
  private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
  private static final Pattern ADDRESS = Pattern.compile("(?:https?|ftp|mailto):\\S+|www\\.\\S+");

  private MarkdownProse() {}

  /** The prose of {@code markdown}, as long as it, offsets unchanged. */
  public static String of(String markdown) {
    char[] out = new char[markdown.length()];
    Arrays.fill(out, ' ');
    for (int i = 0; i < out.length; i++) {
      char c = markdown.charAt(i);
      if (c == '\n' || c == '\r') out[i] = c;
    }
    Node document = PARSER.parse(markdown);
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        // an autolink's text is its address
        if (text.getParent() instanceof Link link && link.getDestination().endsWith(text.getLiteral())) return;
        for (SourceSpan span : text.getSourceSpans()) keep(markdown, out, span.getInputIndex(), span.getLength());
      }
    });
    return new String(out);
  }

  private static void keep(String markdown, char[] out, int start, int length) {
    int end = Math.min(markdown.length(), start + length);
    if (start < 0 || start >= end) return;
    for (int i = start; i < end; i++) out[i] = markdown.charAt(i);
    Matcher m = ADDRESS.matcher(markdown).region(start, end);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) out[i] = ' ';
    }
  }
}
