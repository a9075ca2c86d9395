package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact JSON of the Apertium and amaGama bodies, field order included: their clients are not ours to change. */
class ProtocolBodiesTest {
  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() {
    server = new TestServer(dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void apertiumSuccessAndFailureKeepTheirFieldsInOrder() throws Exception {
    assertThat(server.raw("GET", "/translate?q=zzzz&langpair=fr%7Cen").body())
        .isEqualTo("{\"responseData\":{\"translatedText\":\"\"},\"responseDetails\":null,\"responseStatus\":200}");
    assertThat(server.raw("GET", "/translate?langpair=fr%7Cen").body())
        .isEqualTo("{\"responseData\":null,\"responseDetails\":\"missing parameter q (the text to translate), e.g. "
            + "/translate?q=Bonjour&langpair=fr|en\",\"responseStatus\":400}");
  }

  @Test
  void amaGamaLanguagesAndUnitsKeepTheirFieldsInOrder() throws Exception {
    assertThat(server.get("/tmserver/languages/").body())
        .isEqualTo("{\"sourceLanguages\":[\"fr\",\"en\"],\"targetLanguages\":[\"en\",\"fr\"]}");
    String unit = server.get("/tmserver/fr/en/unit/Le%20secr%C3%A9taire%20g%C3%A9n%C3%A9ral%20a%20parl%C3%A9.").body();
    assertThat(unit).startsWith("[{\"source\":\"Le secrétaire général a parlé.\",\"target\":\"The Secretary General "
        + "spoke.\",\"quality\":100.0,\"rank\":100.0}");
  }

  /** A body with what changes from run to run (the port, unit ids, dates, the version) written as placeholders. */
  private String stable(String path) throws Exception {
    var res = server.get(path);
    assertThat(res.statusCode()).isEqualTo(200);
    return res.body().replace(org.entente.Version.get(), "VERSION")
        .replaceAll("127\\.0\\.0\\.1:\\d+", "HOST")
        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID")
        .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "INSTANT")
        .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d", "DATE");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static final String LT_HEAD = "{\"software\":{\"name\":\"Entente\",\"version\":\"VERSION\",\"buildDate\":\"\","
      + "\"apiVersion\":1,\"premium\":false,\"premiumHint\":\"\",\"status\":\"\"},\"warnings\":{\"incompleteResults\":false},";

  @Test
  void languageToolLanguagesKeepTheirFieldsInOrder() throws Exception {
    assertThat(stable("/v2/languages")).isEqualTo("[{\"name\":\"English\",\"code\":\"en\",\"longCode\":\"en\"},"
        + "{\"name\":\"English (GB)\",\"code\":\"en\",\"longCode\":\"en-GB\"},{\"name\":\"English (US)\",\"code\":\"en\","
        + "\"longCode\":\"en-US\"},{\"name\":\"French\",\"code\":\"fr\",\"longCode\":\"fr\"},{\"name\":\"French (France)\","
        + "\"code\":\"fr\",\"longCode\":\"fr-FR\"},{\"name\":\"French (Canada)\",\"code\":\"fr\",\"longCode\":\"fr-CA\"},"
        + "{\"name\":\"French (Belgium)\",\"code\":\"fr\",\"longCode\":\"fr-BE\"}]");
  }

  @Test
  void languageToolCheckKeepsEveryFieldInOrderWithAndWithoutAConcept() throws Exception {
    assertThat(stable("/v2/check?language=en&text=" + enc("Allies met in Kiev on Monday.") + "&srctext="
        + enc("Les Alliés se sont réunis à Kyiv lundi.") + "&motherTongue=fr")).isEqualTo(LT_HEAD
        + "\"language\":{\"name\":\"English\",\"code\":\"en\",\"detectedLanguage\":{\"name\":\"English\",\"code\":\"en\","
        + "\"confidence\":1.0,\"source\":\"request\"}},\"matches\":[{\"message\":\"Deprecated term: use \\\"Kyiv\\\" "
        + "(\\\"Kiev\\\" is deprecated in the termbase).\",\"shortMessage\":\"Deprecated term\",\"replacements\":[{\"value\":"
        + "\"Kyiv\"}],\"offset\":14,\"length\":4,\"context\":{\"text\":\"Allies met in Kiev on Monday.\",\"offset\":14,"
        + "\"length\":4},\"sentence\":\"Allies met in Kiev on Monday.\",\"type\":{\"typeName\":\"Other\"},\"rule\":{\"id\":"
        + "\"TERM_DEPRECATED_IN_TARGET\",\"subId\":\"c-kyiv\",\"sourceFile\":\"\",\"description\":\"Termbase: deprecated or "
        + "superseded term used\",\"issueType\":\"terminology\",\"urls\":[{\"value\":\"http://HOST/api/v1/concepts/c-kyiv\"}],"
        + "\"category\":{\"id\":\"TERMINOLOGY\",\"name\":\"Terminology\"}},\"ignoreForIncompleteSentence\":false,"
        + "\"contextForSureMatch\":0}],\"sentenceRanges\":[[0,29]]}");
    assertThat(stable("/v2/check?language=en-GB&text=" + enc("We organize the defense.")))
        .isEqualTo(LT_HEAD + "\"language\":{\"name\":\"English (GB)\",\"code\":\"en-GB\",\"detectedLanguage\":{\"name\":"
        + "\"English (GB)\",\"code\":\"en-GB\",\"confidence\":1.0,\"source\":\"request\"}},\"matches\":[{\"message\":"
        + "\"Spelling: write \\\"organise\\\" (British spelling, as NATO does).\",\"shortMessage\":\"Spelling variant\","
        + "\"replacements\":[{\"value\":\"organise\"}],\"offset\":3,\"length\":8,\"context\":{\"text\":\"We organize the "
        + "defense.\",\"offset\":3,\"length\":8},\"sentence\":\"We organize the defense.\",\"type\":{\"typeName\":\"Other\"},"
        + "\"rule\":{\"id\":\"SPELLING_VARIANT\",\"subId\":\"\",\"sourceFile\":\"\",\"description\":\"Spelling variant: "
        + "follow the house spelling (British by default)\",\"issueType\":\"misspelling\",\"category\":{\"id\":\"TYPOS\","
        + "\"name\":\"Possible Typo\"}},\"ignoreForIncompleteSentence\":false,\"contextForSureMatch\":0},{\"message\":"
        + "\"Spelling: write \\\"defence\\\" (British spelling, as NATO does).\",\"shortMessage\":\"Spelling variant\","
        + "\"replacements\":[{\"value\":\"defence\"}],\"offset\":16,\"length\":7,\"context\":{\"text\":\"We organize the "
        + "defense.\",\"offset\":16,\"length\":7},\"sentence\":\"We organize the defense.\",\"type\":{\"typeName\":\"Other\"},"
        + "\"rule\":{\"id\":\"SPELLING_VARIANT\",\"subId\":\"\",\"sourceFile\":\"\",\"description\":\"Spelling variant: "
        + "follow the house spelling (British by default)\",\"issueType\":\"misspelling\",\"category\":{\"id\":\"TYPOS\","
        + "\"name\":\"Possible Typo\"}},\"ignoreForIncompleteSentence\":false,\"contextForSureMatch\":0}],"
        + "\"sentenceRanges\":[[0,24]]}");
    assertThat(stable("/v2/check?language=auto&text=Bonjour.")).isEqualTo(LT_HEAD + "\"language\":{\"name\":\"English\","
        + "\"code\":\"en\",\"detectedLanguage\":{\"name\":\"English\",\"code\":\"en\",\"confidence\":1.0,\"source\":"
        + "\"entente\"}},\"matches\":[],\"sentenceRanges\":[[0,8]]}");
  }

  private static final String MM_TAIL = "\"quotaFinished\":false,\"mtLangSupported\":null,";

  @Test
  void myMemoryMatchesOfTheMemoryAndTheTermbaseKeepTheirFieldsInOrder() throws Exception {
    assertThat(stable("/get?q=" + enc("Le secrétaire général a parlé.") + "&langpair=fr%7Cen&numres=1"))
        .isEqualTo("{\"responseData\":{\"translatedText\":\"The Secretary General spoke.\",\"match\":1.0}," + MM_TAIL
        + "\"responseDetails\":\"\",\"responseStatus\":200,\"responderId\":null,\"exception_code\":null,\"matches\":[{\"id\":"
        + "\"ID\",\"segment\":\"Le secrétaire général a parlé.\",\"translation\":\"The Secretary General spoke.\",\"source\":"
        + "\"fr\",\"target\":\"en\",\"quality\":\"100\",\"reference\":\"memory 'default', api:, changed INSTANT\","
        + "\"usage-count\":0,\"subject\":\"All\",\"created-by\":\"default\",\"last-updated-by\":\"default\",\"create-date\":"
        + "\"DATE\",\"last-update-date\":\"DATE\",\"match\":1.0,\"ICE\":false,\"key\":\"\",\"tm_properties\":\"[{\\\"type\\\":"
        + "\\\"x-memory\\\",\\\"value\\\":\\\"default\\\"},{\\\"type\\\":\\\"x-score\\\",\\\"value\\\":\\\"100\\\"}]\"}]}");
    assertThat(stable("/get?q=" + enc("Groupe des plans nucléaires") + "&langpair=fr%7Cen"))
        .isEqualTo("{\"responseData\":{\"translatedText\":\"Nuclear Planning Group\",\"match\":1.0}," + MM_TAIL
        + "\"responseDetails\":\"\",\"responseStatus\":200,\"responderId\":null,\"exception_code\":null,\"matches\":[{\"id\":"
        + "\"c-npg\",\"segment\":\"Groupe des plans nucléaires\",\"translation\":\"Nuclear Planning Group\",\"source\":\"fr\","
        + "\"target\":\"en\",\"quality\":\"100\",\"reference\":\"termbase concept c-npg\",\"usage-count\":0,\"subject\":"
        + "\"All\",\"created-by\":\"termbase\",\"last-updated-by\":\"termbase\",\"create-date\":\"DATE\",\"last-update-date\":"
        + "\"DATE\",\"match\":1,\"ICE\":false,\"key\":\"\",\"tm_properties\":\"[{\\\"type\\\":\\\"x-status\\\",\\\"value\\\":"
        + "\\\"preferred\\\"}]\"}]}");
  }

  @Test
  void myMemoryErrorsAndWritesKeepTheirFieldsInOrder() throws Exception {
    assertThat(stable("/get?langpair=fr%7Cen")).isEqualTo("{\"responseData\":{\"translatedText\":\"\",\"match\":0.0},"
        + MM_TAIL + "\"responseDetails\":\"NO QUERY SPECIFIED. EXAMPLE REQUEST: GET?Q=HELLO&LANGPAIR=FR|EN\","
        + "\"responseStatus\":403,\"responderId\":null,\"exception_code\":null,\"matches\":[]}");
    assertThat(stable("/set?seg=" + enc("Les Alliés se réunissent.") + "&tra=" + enc("Allies meet.")
        + "&langpair=fr%7Cen&key=" + TestServer.KEY)).isEqualTo("{\"responseData\":\"OK\"," + MM_TAIL
        + "\"responseDetails\":\"\",\"responseStatus\":200,\"responderId\":null,\"exception_code\":null,\"matches\":[],"
        + "\"matchId\":\"ID\"}");
  }
}
