package org.entente.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

class NounUseTest {
  static final NounUse ENGLISH = new NounUse(new TermKeys(Language.EN));
  static final NounUse FRENCH = new NounUse(new TermKeys(Language.FR));

  /** Whether the first occurrence of {@code word} in {@code text} is used as a noun. */
  static boolean noun(NounUse use, String text, String word) {
    int at = text.indexOf(word);
    return use.in(text).noun(at, at + word.length());
  }

  @Test
  void theTaggerJudgesAWordTheDictionaryReadsAsANounAndAVerb() {
    assertThat(noun(ENGLISH, "The welders inspected the joint between the two pipes.", "joint")).isTrue();
    assertThat(noun(ENGLISH, "The Somalia joint programme was finalized.", "joint")).isFalse();
  }

  @Test
  void aVerbFormOrAParticipleIsANounOnlyAfterADeterminer() {
    // "stood" reads only as a verb or participle: no term "stand" here (the tagger once took it for a noun)
    assertThat(noun(ENGLISH, "the number of passengers who used the airport stood at almost 3,250,000", "stood")).isFalse();
    assertThat(noun(ENGLISH, "The talks led to an agreement.", "led")).isFalse();
    assertThat(noun(FRENCH, "La réunion se tiendra à Bruxelles.", "tiendra")).isFalse();
    assertThat(noun(FRENCH, "à l'ordre du jour de la ministérielle, qui se tiendra en juin", "ministérielle")).isTrue();
  }

  @Test
  void anEnglishIngFormMayBeANounWithoutADeterminer() {
    assertThat(noun(ENGLISH, "including the strengthening, modification, suspension or lifting of the measures",
        "lifting")).isTrue();
  }

  @Test
  void aPrepositionThatIsAlsoARareNounIsThePreposition() {
    // "dans" is also the plural of "dan" (a judo grade)
    assertThat(noun(FRENCH, "Il l'a dit dans son rapport.", "dans")).isFalse();
    assertThat(noun(FRENCH, "Les mesures prises contre la corruption", "contre")).isFalse();
  }

  @Test
  void onlyAFewWordsAroundEachAmbiguousWordAreTagged() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      b.append("The welders inspected the joint between the two pipes and reported on the joint programme of work");
      b.append(i % 3 == 0 ? ". " : " ");
    }
    String text = b.toString();
    NounUse.InText in = ENGLISH.in(text);
    int asked = 0;
    for (int at = text.indexOf("joint"); at >= 0; at = text.indexOf("joint", at + 1)) {
      in.noun(at, at + 5);
      asked++;
    }
    assertThat(asked).isEqualTo(800);
    // a window of 3 words either side of each word asked about, never whole sentences of 50 to 100 words
    assertThat(in.taggedTokens()).isPositive().isLessThanOrEqualTo(asked * (2 * NounUse.CONTEXT + 1));
  }

  @Test
  void aTextWithoutPunctuationIsJudgedInPieces() {
    String text = "the joint between the two pipes and the joint programme ".repeat(5_000);
    NounUse.InText in = ENGLISH.in(text);
    List<Boolean> answers = new java.util.ArrayList<>();
    for (int at = text.indexOf("joint"); at >= 0 && answers.size() < 2000; at = text.indexOf("joint", at + 1)) {
      answers.add(in.noun(at, at + 5));
    }
    assertThat(answers).hasSize(2000).contains(true);
    assertThat(in.taggedTokens()).isLessThanOrEqualTo(2000 * (2 * NounUse.CONTEXT + 1));
  }
}
