package org.entente.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.testing.FakeSegmenter;
import org.entente.testing.FakeSentencePairing;
import org.entente.testing.FakeTermBase;
import org.junit.jupiter.api.Test;

/** British and American drafts, Oxford -ize, and words right in both standards. */
class SpellingVariantTest {
  private static final Checker CHECKER = new Checker(FakeTermBase.nato(), new FakeSegmenter(), new FakeSentencePairing(),
      List.of(new SpellingVariant()));

  private static List<String> flagged(String draft, CheckConfig config) {
    return CHECKER.check(CheckRequest.segments(List.of(draft), List.of(), config)).findings().stream()
        .map(Finding::subject).toList();
  }

  private static final CheckConfig AMERICAN = CheckConfig.DEFAULT.withSpelling(SpellingStandard.AMERICAN);

  @Test
  void americanDraftsKeepBritishFormsAmericanEnglishAlsoWrites() {
    assertThat(flagged("The analyses of the dialogue are in the catalogue; the judgement is grey.", AMERICAN)).isEmpty();
    assertThat(flagged("The World Food Programme and the UK Ministry of Defence met.", AMERICAN)).isEmpty();
    assertThat(flagged("The defence programme will analyse the colour of the centre.", AMERICAN))
        .containsExactly("defence", "programme", "analyse", "colour", "centre");
  }

  @Test
  void britishDraftsKeepAmericanFormsBritishEnglishAlsoWrites() {
    assertThat(flagged("They will license the software, check the draft and practice daily.", CheckConfig.DEFAULT))
        .isEmpty();
    assertThat(flagged("The airplane neighbor analyzed the behavior.", CheckConfig.DEFAULT))
        .containsExactly("airplane", "neighbor", "analyzed", "behavior");
  }

  @Test
  void oxfordIzeIsASettingAndNatoStyleFlagsItByDefault() {
    String draft = "The organization will prioritize modernization and analyze the results.";
    assertThat(flagged(draft, CheckConfig.DEFAULT)).containsExactly("organization", "prioritize", "modernization", "analyze");
    assertThat(flagged(draft, CheckConfig.DEFAULT.withIzeAllowed(true))).containsExactly("analyze");
    assertThat(flagged("The organisation will prioritise it.", AMERICAN.withIzeAllowed(true)))
        .containsExactly("organisation", "prioritise");
  }

  @Test
  void theMapComesFromLanguageToolWithHouseAdditions() {
    assertThat(SpellingVariants.US_TO_GB).containsEntry("defense", "defence").containsEntry("percent", "per cent")
        .doesNotContainKey("check").doesNotContainKey("license");
    assertThat(SpellingVariants.GB_TO_US).containsEntry("defence", "defense").doesNotContainKey("analyses")
        .doesNotContainKey("dialogue");
    assertThat(SpellingVariants.US_TO_GB.size()).isGreaterThan(4000);
  }
}
