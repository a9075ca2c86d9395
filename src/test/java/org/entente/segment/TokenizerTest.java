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
}
