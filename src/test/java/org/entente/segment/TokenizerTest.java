package org.entente.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  static List<String> texts(Language lang, String text) {
    return new Tokenizer(lang).tokenize(text).stream().map(Token::text).toList();
  }

  @Test
  void splitsFrenchElision() {
    assertThat(texts(Language.FR, "l’Alliance d'assistance jusqu’à qu’il"))
        .containsExactly("l’", "Alliance", "d'", "assistance", "jusqu’", "à", "qu’", "il");
  }

  @Test
  void keepsAujourdhuiAndCompoundsWhole() {
    assertThat(texts(Language.FR, "aujourd’hui, le chef d’état-major")).containsExactly(
        "aujourd’hui", ",", "le", "chef", "d’", "état-major");
  }

  @Test
  void keepsQuelquunAndPresquileWhole() {
    assertThat(texts(Language.FR, "quelqu’un sur la presqu'île, quelqu’autre"))
        .containsExactly("quelqu’un", "sur", "la", "presqu'île", ",", "quelqu’", "autre");
  }

  @Test
  void keepsNumbersWhole() {
    assertThat(texts(Language.FR, "1.000 soldats, 40,5 %, 500 000 euros le 13.06.2024 et 2024 12"))
        .containsExactly("1.000", "soldats", ",", "40,5", "%", ",", "500 000", "euros", "le", "13.06.2024",
            "et", "2024", "12");
    assertThat(texts(Language.EN, "€40 billion, 500,000 troops, the 75th")).containsExactly(
        "€", "40", "billion", ",", "500,000", "troops", ",", "the", "75th");
  }

  @Test
  void marksAcronyms() {
    var tokens = new Tokenizer(Language.EN).tokenize("NATO’s F-35 and the U.S. Army");
    assertThat(tokens).extracting(Token::text).containsExactly("NATO", "’s", "F-35", "and", "the", "U.S.", "Army");
    assertThat(tokens.get(0).type()).isEqualTo(Token.Type.ACRONYM);
    assertThat(tokens.get(2).type()).isEqualTo(Token.Type.ACRONYM);
    assertThat(tokens.get(5).type()).isEqualTo(Token.Type.ACRONYM);
    assertThat(tokens.get(6).type()).isEqualTo(Token.Type.WORD);
  }

  @Test
  void offsetsPointIntoTheTextOnRandomInput() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    String alphabet = "aéÉ’'-. ,0123456789«»\u00a0\u202FLOTANdx\n€%";
    for (int round = 0; round < 500; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(40); k > 0; k--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      String text = b.toString();
      for (Language lang : Language.values()) {
        int prevEnd = 0;
        for (Token t : new Tokenizer(lang).tokenize(text)) {
          assertThat(text.substring(t.start(), t.end())).as("seed %d text %s", seed, text).isEqualTo(t.text());
          assertThat(t.start()).as("seed %d", seed).isGreaterThanOrEqualTo(prevEnd);
          prevEnd = t.end();
        }
      }
    }
  }

  @Test
  void readsMathematicalDigitsAndLettersAsWholeCodePoints() {
    // pasted social-media text: U+1D7D0.. MATHEMATICAL BOLD DIGIT, U+1D400.. MATHEMATICAL BOLD CAPITAL
    assertThat(texts(Language.FR, "en 𝟐𝟎𝟐𝟒, 𝟏.𝟎𝟎𝟎 soldats du 𝐍𝐀𝐓𝐎"))
        .containsExactly("en", "𝟐𝟎𝟐𝟒", ",", "𝟏.𝟎𝟎𝟎", "soldats", "du", "𝐍𝐀𝐓𝐎");
    assertThat(new Tokenizer(Language.EN).tokenize("𝟐𝟎𝟐𝟒th").get(0).type()).isEqualTo(Token.Type.NUMBER);
  }

  @Test
  void neverFailsOnAnyCodePoint() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(12); k > 0; k--) {
        int cp = r.nextInt(4) == 0 ? "a1.-’ ".charAt(r.nextInt(6)) : r.nextInt(Character.MAX_CODE_POINT + 1);
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE && r.nextBoolean()) cp = 0x1D7D0 + r.nextInt(10);
        b.appendCodePoint(cp);
      }
      String text = b.toString();
      for (Language lang : Language.values()) {
        int prevEnd = 0;
        for (Token t : new Tokenizer(lang).tokenize(text)) {
          assertThat(t.start()).as("seed %d", seed).isGreaterThanOrEqualTo(prevEnd);
          prevEnd = t.end();
        }
      }
    }
  }
}
