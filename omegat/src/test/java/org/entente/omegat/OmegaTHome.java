package org.entente.omegat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.omegat.core.Core;
import org.omegat.core.data.EntryKey;
import org.omegat.core.data.NotLoadedProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.core.data.SourceTextEntry;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossarySearcher;
import org.omegat.tokenizer.ITokenizer;
import org.omegat.tokenizer.LuceneEnglishTokenizer;
import org.omegat.tokenizer.LuceneFrenchTokenizer;
import org.omegat.util.Language;
import org.omegat.util.Preferences;
import org.omegat.util.RuntimePreferences;

/**
 * OmegaT's configuration folder for the tests of one JVM (OmegaT fixes it once per process), with its preferences
 * initialised, and OmegaT's own glossary filtering for checking that our entries survive it.
 */
final class OmegaTHome {
  private static Path dir;

  private OmegaTHome() {}

  /** The configuration folder: a temporary one, set before OmegaT reads its preferences, deleted at exit. */
  static synchronized Path dir() {
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("omegat-config");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      RuntimePreferences.setConfigDir(dir.toString());
      Preferences.init();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir.toFile())));
    }
    return dir;
  }

  private static void delete(File f) {
    File[] children = f.listFiles();
    if (children != null) for (File c : children) delete(c);
    f.delete();
  }

  /**
   * What OmegaT's Glossary pane keeps of {@code entries} for a segment: {@link GlossarySearcher} with OmegaT's
   * Lucene tokenizer for the source language, alternative definitions merged as by default, over a loaded project
   * with these languages (as OmegaT's GlossarySearcherTest sets it up).
   */
  static List<GlossaryEntry> glossaryPaneKeeps(String segment, Language source, Language target,
      List<GlossaryEntry> entries) {
    useProject(source, target);
    ITokenizer tok = source.getLanguageCode().equalsIgnoreCase("fr") ? new LuceneFrenchTokenizer() : new LuceneEnglishTokenizer();
    SourceTextEntry ste = new SourceTextEntry(new EntryKey("file", segment, "id", "", "", ""), 1, new String[0], segment,
        Collections.emptyList());
    return new GlossarySearcher(tok, source, true).searchSourceMatches(ste, entries);
  }

  /** Makes {@link Core#getProject()} a loaded project with these languages (a stub: no files). */
  static void useProject(Language source, Language target) {
    Core.setProject(new NotLoadedProject() {
      @Override
      public boolean isProjectLoaded() {
        return true;
      }

      @Override
      public ProjectProperties getProjectProperties() {
        try {
          return new ProjectProperties(new File("stub")) {
            @Override
            public Language getSourceLanguage() {
              return source;
            }

            @Override
            public Language getTargetLanguage() {
              return target;
            }
          };
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    });
  }
}
