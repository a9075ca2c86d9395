package org.entente.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Normalisation for matching only, never for what users see: a chain of one-job steps assembled by
 * {@link #builder()}. {@code "L’OTAN\u00a0—"} becomes {@code "l'otan -"} with the {@link #MATCHING} chain.
 */
public final class TextNormalizer implements UnaryOperator<String> {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** NFC, apostrophes, dashes and spaces unified, case folded with {@code Locale.ROOT}. */
  public static final TextNormalizer MATCHING =
      builder().nfc().unifyApostrophes().unifyDashes().unifySpaces().foldCase().build();

  /** {@link #MATCHING} and accents folded ({@code défense} → {@code defense}). */
  public static final TextNormalizer MATCHING_NO_ACCENTS =
      builder().nfc().unifyApostrophes().unifyDashes().unifySpaces().foldCase().foldAccents().build();

  private final List<UnaryOperator<String>> steps;

  private TextNormalizer(List<UnaryOperator<String>> steps) {
    this.steps = List.copyOf(steps);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String apply(String text) {
    String s = text;
    for (UnaryOperator<String> step : steps) s = step.apply(s);
    return s;
  }

  /** Unicode NFC. */
  public static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** ’ ‘ ʼ ′ ` ´ become {@code '}. */
  public static String unifyApostrophes(String s) {
    return replaceChars(s, "\u2019\u2018\u02BC\u2032\u0060\u00B4\u201B", '\'');
  }

  /** Hyphen, non-breaking hyphen, figure, en and em dashes, minus become {@code -}. */
  public static String unifyDashes(String s) {
    return replaceChars(s, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D", '-');
  }

  /** No-break spaces (U+00A0, U+202F, U+2007), thin and other spaces become a plain space. */
  public static String unifySpaces(String s) {
    return replaceChars(s, "\u00A0\u202F\u2007\u2009\u200A\u2002\u2003\u2004\u2005\u2006\u2008\u205F\u3000", ' ');
  }

  /** Case folding with {@code Locale.ROOT}. */
  public static String foldCase(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Accents removed: {@code État} → {@code Etat}; œ and æ kept as they are. */
  public static String foldAccents(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
    if (ascii) return s;
    return nfc(MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll(""));
  }

  private static String replaceChars(String s, String from, char to) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      if (from.indexOf(s.charAt(i)) >= 0) {
        if (out == null) out = s.toCharArray();
        out[i] = to;
      }
    }
    return out == null ? s : new String(out);
  }

  /** Assembles a chain of steps in the order they are added. */
  public static final class Builder {
    private final List<UnaryOperator<String>> steps = new ArrayList<>();

    public Builder nfc() {
      steps.add(TextNormalizer::nfc);
      return this;
    }

    public Builder unifyApostrophes() {
      steps.add(TextNormalizer::unifyApostrophes);
      return this;
    }

    public Builder unifyDashes() {
      steps.add(TextNormalizer::unifyDashes);
      return this;
    }

    public Builder unifySpaces() {
      steps.add(TextNormalizer::unifySpaces);
      return this;
    }

    public Builder foldCase() {
      steps.add(TextNormalizer::foldCase);
      return this;
    }

    public Builder foldAccents() {
      steps.add(TextNormalizer::foldAccents);
      return this;
    }

    public TextNormalizer build() {
      return new TextNormalizer(steps);
    }
  }
}
