package org.entente.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {
  private static final String AGENT = FetchPolicy.PRODUCT_TOKEN;

  @Test
  void theStarGroupAppliesWhenNoGroupNamesUs() {
    RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /fr/prive/\n", AGENT);
    assertThat(r.allows("/fr/prive/note.html")).isFalse();
    assertThat(r.allows("/fr/actualites/sommet.html")).isTrue();
  }

  @Test
  void aGroupNamingUsReplacesTheStarGroup() {
    RobotsRules r = RobotsRules.parse("""
        User-agent: *
        Disallow: /

        User-agent: EntenteHarvester
        User-agent: OtherBot
        Disallow: /private/
        Crawl-delay: 2.5
        """, AGENT);
    assertThat(r.allows("/fr/page.html")).isTrue();
    assertThat(r.allows("/private/x")).isFalse();
    assertThat(r.crawlDelayMillis()).isEqualTo(2_500);
  }

  @Test
  void theLongestMatchWinsAndAllowWinsATie() {
    RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /fr/\nAllow: /fr/actualites/\nDisallow: /x\nAllow: /x\n",
        AGENT);
    assertThat(r.allows("/fr/actualites/a.html")).isTrue();
    assertThat(r.allows("/fr/themes/a.html")).isFalse();
    assertThat(r.allows("/x")).isTrue();
  }

  @Test
  void wildcardsAndEndAnchorsAreUnderstood() {
    RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n", AGENT);
    assertThat(r.allows("/fr/rapport.pdf")).isFalse();
    assertThat(r.allows("/fr/rapport.pdf.html")).isTrue();
    assertThat(r.allows("/fr/a.html?print=1")).isFalse();
  }

  @Test
  void anEmptyDisallowAllowsEverythingAndCommentsAreIgnored() {
    RobotsRules r = RobotsRules.parse("# our rules\nUser-agent: * # everyone\nDisallow:\n", AGENT);
    assertThat(r.allows("/anything")).isTrue();
  }
}
