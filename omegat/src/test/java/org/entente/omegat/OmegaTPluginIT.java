package org.entente.omegat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gen.core.project.RepositoryDefinition;
import gen.core.project.RepositoryMapping;
import java.io.File;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omegat.core.Core;
import org.omegat.core.CoreEvents;
import org.omegat.core.events.IApplicationEventListener;
import org.omegat.core.glossaries.IGlossary;
import org.omegat.core.machinetranslators.ApertiumTranslate;
import org.omegat.core.team2.impl.HTTPRemoteRepository;
import org.omegat.filters2.master.PluginUtils;
import org.omegat.gui.exttrans.IMachineTranslation;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryManager;
import org.omegat.gui.glossary.GlossaryReaderTSV;
import org.omegat.languagetools.LanguageToolNetworkBridge;
import org.omegat.languagetools.LanguageToolResult;
import org.omegat.util.Language;

/**
 * The packaged plugin inside the real OmegaT 5.8.0 classes, against our real service (a separate process over the
 * shipped NATO glossary and memory): OmegaT loads {@code entente-omegat.jar} from its configuration folder's
 * {@code plugins/} (this JVM's class path holds OmegaT and the tests, not the plugin's classes), then both classes
 * answer fr→en and en→fr. The no-plugin routes are driven by OmegaT's own classes too: its Apertium connector, its
 * LanguageTool network bridge and its HTTP team repository.
 */
class OmegaTPluginIT {
  static final Language FR = new Language("fr-FR");
  static final Language EN = new Language("en-GB");
  /** A unit of tmx/nato.tmx, both sides. */
  static final String TMX_FR = "Dans la perspective du sommet de Washington, les ministres de la Défense renforcent la posture "
      + "de défense et intensifient le soutien à l’Ukraine";
  static final String TMX_EN = "Ahead of the Washington Summit, Defence Ministers to strengthen defence posture and step up "
      + "support for Ukraine";
  static EntenteProcess service;
  static Class<?> mtClass;

  @BeforeAll
  static void loadThePluginFromOmegatsPluginsFolder() throws Exception {
    service = EntenteProcess.start();
    Path plugins = Files.createDirectories(OmegaTHome.dir().resolve("plugins"));
    Path jar = Path.of(System.getProperty("entente.plugin.jar", "target/entente-omegat.jar"));
    Files.copy(jar, plugins.resolve("entente-omegat.jar"), StandardCopyOption.REPLACE_EXISTING);
    System.setProperty(EntenteSettings.URL, service.baseUrl);
    System.setProperty(EntenteSettings.READ_TIMEOUT, "30000"); // a loaded CI machine; the plugin's default is 3 s
    PluginUtils.loadPlugins(Collections.emptyMap());
    mtClass = PluginUtils.getMachineTranslationClasses().stream()
        .filter(c -> c.getName().equals("org.entente.omegat.EntenteTranslate")).findFirst().orElse(null);
  }

  @AfterAll
  static void stop() throws Exception {
    System.clearProperty(EntenteSettings.URL);
    System.clearProperty(EntenteSettings.READ_TIMEOUT);
    if (service != null) service.close();
  }

  @Test
  void omegatFindsOurEngineInTheJarItLoadedFromPlugins() throws Exception {
    assertThat(Core.getPluginsLoadingErrors()).isEmpty();
    assertThat(mtClass).as("registered through Core.registerMachineTranslationClass").isNotNull();
    assertThat(new File(mtClass.getProtectionDomain().getCodeSource().getLocation().toURI()))
        .isEqualTo(OmegaTHome.dir().resolve("plugins/entente-omegat.jar").toFile());
    assertThatThrownBy(() -> Class.forName("org.entente.omegat.EntenteTranslate"))
        .as("the plugin's classes come only from the jar").isInstanceOf(ClassNotFoundException.class);
  }

  IMachineTranslation engine() throws Exception {
    IMachineTranslation mt = (IMachineTranslation) mtClass.getDeclaredConstructor().newInstance();
    mt.setEnabled(true);
    return mt;
  }

  @Test
  void machineTranslationPaneGetsTheMemoryBothWays() throws Exception {
    IMachineTranslation mt = engine();
    assertThat(mt.getName()).isEqualTo("Entente TM");
    assertThat(mt.isConfigurable()).isTrue();
    assertThat(mt.getTranslation(FR, EN, TMX_FR)).isEqualTo(TMX_EN);
    assertThat(mt.getName()).isEqualTo("Entente TM 100%");
    assertThat(mt.getTranslation(EN, FR, TMX_EN)).isEqualTo(TMX_FR);
    assertThat(mt.getTranslation(FR, EN, "Zzz qqq xxx.")).isNull();
  }

  IGlossary glossary() throws Exception {
    return (IGlossary) mtClass.getClassLoader().loadClass("org.entente.omegat.EntenteGlossary").getDeclaredConstructor()
        .newInstance();
  }

  @Test
  void glossaryPaneGetsTheTermbaseAndOmegatKeepsTheEntries() throws Exception {
    String fr = "Le Groupe des plans nucléaires soutient Kyïv.";
    List<GlossaryEntry> entries = glossary().search(FR, EN, fr);
    GlossaryEntry npg = entries.stream().filter(e -> e.getSrcText().equals("Groupe des plans nucléaires")).findFirst().get();
    assertThat(npg.getLocTerms(false)).containsExactly("Nuclear Planning Group", "NPG");
    assertThat(npg.getComments()[0]).startsWith("preferred — The senior body for NATO's nuclear policy matters");
    GlossaryEntry kyiv = entries.stream().filter(e -> e.getSrcText().equals("Kyïv")).findFirst().get();
    assertThat(kyiv.getLocTerms(false)).containsExactly("Kyiv", "Kiev");
    assertThat(kyiv.getComments()[1]).startsWith("deprecated: do not use");
    assertThat(OmegaTHome.glossaryPaneKeeps(fr, FR, EN, entries)).extracting(GlossaryEntry::getSrcText)
        .contains("Groupe des plans nucléaires", "Kyïv");

    String en = "The Nuclear Planning Group met in Kiev.";
    List<GlossaryEntry> back = glossary().search(EN, FR, en);
    GlossaryEntry kiev = back.stream().filter(e -> e.getSrcText().equals("Kiev")).findFirst().get();
    assertThat(kiev.getLocTerms(false)).containsExactly("Kyïv", "Kyiv", "Kiev");
    assertThat(kiev.getComments()[0]).contains("the source term 'Kiev' is deprecated");
    assertThat(OmegaTHome.glossaryPaneKeeps(en, EN, FR, back)).extracting(GlossaryEntry::getSrcText)
        .contains("Nuclear Planning Group", "Kiev");
  }

  @Test
  void omegatsOwnApertiumConnectorReadsOurTranslateEndpoint() throws Exception {
    System.setProperty("apertium.server.custom", "true");
    System.setProperty("apertium.server.url", service.baseUrl);
    try {
      ApertiumTranslate apertium = new ApertiumTranslate();
      apertium.setEnabled(true);
      assertThat(apertium.getTranslation(FR, EN, TMX_FR)).isEqualTo(TMX_EN);
      assertThat(apertium.getTranslation(new Language("en-US"), FR, TMX_EN)).isEqualTo(TMX_FR);
    } finally {
      System.clearProperty("apertium.server.custom");
      System.clearProperty("apertium.server.url");
    }
  }

  @Test
  void omegatsLanguageToolBridgeChecksBilinguallyWithOurRules() throws Exception {
    LanguageToolNetworkBridge lt = new LanguageToolNetworkBridge(FR, EN, service.baseUrl + "/v2/check");
    List<LanguageToolResult> found = lt.getCheckResults("Une réunion du Groupe des plans nucléaires est prévue.",
        "A meeting of the Nuclear Plans Group is planned.");
    assertThat(found).extracting(r -> r.ruleId).contains("TERM_NOT_FOUND_IN_TARGET");
    assertThat(lt.getCheckResults("Les Alliés soutiennent Kyïv.", "Allies support Kiev.")).extracting(r -> r.ruleId)
        .contains("TERM_DEPRECATED_IN_TARGET");
  }

  @Test
  void omegatsHttpTeamRepositoryDownloadsOnlyWhatChanged(@TempDir Path repoDir) throws Exception {
    RepositoryDefinition def = new RepositoryDefinition();
    def.setType("http");
    def.setUrl(service.baseUrl + "/api/v1/");
    for (String file : new String[] {"tm/export/default.tmx", "termbase/export.tbx", "termbase/export/fr-en.utf8"}) {
      RepositoryMapping m = new RepositoryMapping();
      m.setRepository(file);
      m.setLocal(file);
      def.getMapping().add(m);
    }
    HTTPRemoteRepository repo = new HTTPRemoteRepository();
    repo.init(def, repoDir.toFile(), null);
    repo.switchToVersion(null);
    Path tmx = repoDir.resolve("tm/export/default.tmx");
    Path tbx = repoDir.resolve("termbase/export.tbx");
    assertThat(new String(Files.readAllBytes(tmx), StandardCharsets.UTF_8)).contains(TMX_EN);
    assertThat(new String(Files.readAllBytes(tbx), StandardCharsets.UTF_8)).contains("Nuclear Planning Group");
    // OmegaT 5.8's own reader of tab-separated glossaries, as the Glossary pane uses it
    List<GlossaryEntry> lines = GlossaryReaderTSV.read(repoDir.resolve("termbase/export/fr-en.utf8").toFile(), false);
    assertThat(lines).anySatisfy(e -> {
      assertThat(e.getSrcText()).isEqualTo("Kyïv");
      assertThat(e.getLocText()).isEqualTo("Kiev");
      assertThat(e.getCommentText()).startsWith("deprecated: do not use");
    });
    assertThat(OmegaTHome.glossaryPaneKeeps("Le Groupe des plans nucléaires se réunit.", FR, EN, lines))
        .extracting(GlossaryEntry::getSrcText).contains("Groupe des plans nucléaires");
    Properties etags = new Properties();
    try (java.io.InputStream in = Files.newInputStream(repoDir.resolve(".etags"))) {
      etags.load(in);
    }
    assertThat(etags.getProperty("tm/export/default.tmx")).matches("\"[0-9a-f]{32}\"");

    // unchanged: OmegaT sends If-None-Match, gets 304 and leaves its copy alone
    Files.write(tmx, "local copy".getBytes(StandardCharsets.UTF_8));
    repo.switchToVersion(null);
    assertThat(new String(Files.readAllBytes(tmx), StandardCharsets.UTF_8)).isEqualTo("local copy");

    // a new unit in the memory: the next synchronisation downloads the memory again
    post("/api/v1/tm/units", "{\"sourceLanguage\":\"fr\",\"source\":\"Le Conseil de l’Atlantique Nord s’est réuni.\","
        + "\"targetLanguage\":\"en\",\"target\":\"The North Atlantic Council met.\"}");
    repo.switchToVersion(null);
    assertThat(new String(Files.readAllBytes(tmx), StandardCharsets.UTF_8)).contains("The North Atlantic Council met.");
  }

  /** The {@code <repositories>} snippet of docs/omegat.md, pointed at this test's service. */
  static String documentedRepositories() throws Exception {
    Path page = Path.of(System.getProperty("entente.project.dir", "..")).resolve("docs/omegat.md");
    String md = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
    int start = md.indexOf("```xml\n");
    int end = md.indexOf("```", start + 7);
    assertThat(start).as("an xml block in " + page).isNotNegative();
    return md.substring(start + 7, end).replace("http://127.0.0.1:8080", service.baseUrl);
  }

  @Test
  void headlessOmegatConsoleRunSyncsOurExportsAndTranslatesFromThem(@TempDir Path tmp) throws Exception {
    Path project = Files.createDirectories(tmp.resolve("project"));
    for (String d : new String[] {"source", "target", "tm", "glossary", "dictionary", "omegat"}) {
      Files.createDirectories(project.resolve(d)); // what OmegaT creates with a new project; the console run needs them
    }
    Files.write(project.resolve("source/brief.txt"), (TMX_FR + "\n").getBytes(StandardCharsets.UTF_8));
    String omegatProject = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<omegat>\n  <project version=\"1.0\">\n"
        + "    <source_dir>__DEFAULT__</source_dir>\n    <target_dir>__DEFAULT__</target_dir>\n"
        + "    <tm_dir>__DEFAULT__</tm_dir>\n    <glossary_dir>__DEFAULT__</glossary_dir>\n"
        + "    <glossary_file>__DEFAULT__</glossary_file>\n    <dictionary_dir>__DEFAULT__</dictionary_dir>\n"
        + "    <export_tm_dir>__DEFAULT__</export_tm_dir>\n    <export_tm_levels>omegat,level1,level2</export_tm_levels>\n"
        + "    <source_lang>fr-FR</source_lang>\n    <target_lang>en-GB</target_lang>\n"
        + "    <source_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</source_tok>\n"
        + "    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>\n"
        + "    <sentence_seg>true</sentence_seg>\n    <support_default_translations>true</support_default_translations>\n"
        + "    <remove_tags>false</remove_tags>\n" + documentedRepositories() + "  </project>\n</omegat>\n";
    Files.write(project.resolve("omegat.project"), omegatProject.getBytes(StandardCharsets.UTF_8));
    Path config = Files.createDirectories(tmp.resolve("config/plugins"));
    Files.copy(OmegaTHome.dir().resolve("plugins/entente-omegat.jar"), config.resolve("entente-omegat.jar"));

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-Duser.language=en", "-Dentente.url=" + service.baseUrl,
        "-cp", System.getProperty("java.class.path"), "org.omegat.Main", project.toString(), "--mode=console-translate",
        "--config-dir=" + config.getParent()).redirectErrorStream(true).redirectOutput(tmp.resolve("omegat.log").toFile())
        .start();
    boolean ended = p.waitFor(300, TimeUnit.SECONDS);
    if (!ended) p.destroyForcibly().waitFor();
    String log = new String(Files.readAllBytes(tmp.resolve("omegat.log")), StandardCharsets.UTF_8);
    assertThat(ended && p.exitValue() == 0).as("OmegaT console run ended with 0; its output:\n" + log).isTrue();
    assertThat(log).contains("org.entente.omegat.EntentePlugin");
    assertThat(new String(Files.readAllBytes(project.resolve("tm/auto/entente.tmx")), StandardCharsets.UTF_8)).contains(TMX_EN);
    assertThat(new String(Files.readAllBytes(project.resolve("glossary/entente.utf8")), StandardCharsets.UTF_8))
        .contains("Groupe des plans nucléaires\tNuclear Planning Group\tpreferred");
    // OmegaT filled the segment from tm/auto/ and wrote the translated document
    assertThat(new String(Files.readAllBytes(project.resolve("target/brief.txt")), StandardCharsets.UTF_8).trim())
        .isEqualTo(TMX_EN);
  }

  @Test
  void atApplicationStartupTheGlossaryProviderJoinsOmegatsGlossaryManager() throws Exception {
    OmegaTHome.useProject(FR, EN);
    GlossaryManager manager = new GlossaryManager(null); // what Core.initializeGUI builds, without its pane
    Field field = Core.class.getDeclaredField("glossaryManager"); // set by Core.initializeGUI only
    field.setAccessible(true);
    field.set(null, manager);
    try {
      assertThat(manager.getGlossaryEntries("Le Groupe des plans nucléaires se réunit.")).isEmpty();
      // CoreEvents.fireApplicationStartup() would also start OmegaT's own GUI listeners (its scripting window),
      // which fail without a display and stop the loop: run the listeners our jar registered, as it would
      Field registered = CoreEvents.class.getDeclaredField("APPLICATION_EVENT_LISTENERS");
      registered.setAccessible(true);
      List<?> listeners = new java.util.ArrayList<>((List<?>) registered.get(null));
      List<IApplicationEventListener> ours = new java.util.ArrayList<>();
      for (Object l : listeners) {
        if (l.getClass().getClassLoader() == mtClass.getClassLoader()) ours.add((IApplicationEventListener) l);
      }
      assertThat(ours).as("EntentePlugin.loadPlugins registered an application listener").hasSize(1);
      SwingUtilities.invokeAndWait(() -> ours.get(0).onApplicationStartup()); // OmegaT runs them on the Swing thread
      assertThat(manager.getGlossaryEntries("Le Groupe des plans nucléaires se réunit.")).anySatisfy(e -> {
        assertThat(e.getSrcText()).isEqualTo("Groupe des plans nucléaires");
        assertThat(e.getLocText()).isEqualTo("Nuclear Planning Group");
        assertThat(e.getOrigins(true)).containsExactly("Entente");
      });
    } finally {
      field.set(null, null);
    }
  }

  static void post(String path, String json) throws Exception {
    HttpURLConnection c = (HttpURLConnection) new URL(service.baseUrl + path).openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setRequestProperty("Content-Type", "application/json");
    c.setRequestProperty("X-API-Key", EntenteProcess.API_KEY);
    try (OutputStream out = c.getOutputStream()) {
      out.write(json.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(c.getResponseCode()).isEqualTo(201);
    c.disconnect();
  }
}
