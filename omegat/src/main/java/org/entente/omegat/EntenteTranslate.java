package org.entente.omegat;

import java.awt.Window;
import java.util.LinkedHashMap;
import java.util.Map;
import org.omegat.core.machinetranslators.BaseTranslate;
import org.omegat.gui.exttrans.MTConfigDialog;
import org.omegat.util.Language;
import org.omegat.util.Preferences;

/**
 * The Machine Translation pane's "Entente TM" engine: the memory's proposal for the segment ({@code POST
 * /api/v1/suggest}, its terms repaired where safe), named with its score, e.g. "The Secretary General spoke." under
 * {@code <Entente TM 100%>}; nothing when the memory has no proposal or the pair is not French–English. Every
 * request asks the service afresh (the memory changes as the team confirms segments); the last answers are kept
 * for OmegaT's "cached only" requests. An unreachable service is reported once (OmegaT's status bar), then skipped
 * for {@value Outage#QUIET_MILLIS} ms, so the editor never waits on it.
 */
public class EntenteTranslate extends BaseTranslate {
  static final String NAME = "Entente TM";
  static final String ENABLED_PREFERENCE = "allow_entente_translate";
  private static final int CACHE_SIZE = 1_000;
  /** The score of the proposal this thread fetched last: OmegaT names a result right after fetching it. */
  private static final ThreadLocal<Integer> LAST_SCORE = new ThreadLocal<>();

  private final Outage outage = new Outage();
  private final Map<String, String> recent = new LinkedHashMap<String, String>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > CACHE_SIZE;
    }
  };

  public EntenteTranslate() {
    super();
  }

  @Override
  public String getName() {
    Integer score = LAST_SCORE.get();
    return score == null ? NAME : NAME + " " + score + "%";
  }

  @Override
  protected String getPreferenceName() {
    return ENABLED_PREFERENCE;
  }

  @Override
  protected String translate(Language sLang, Language tLang, String text) throws Exception {
    LAST_SCORE.remove();
    if (!EntenteSettings.supported(sLang, tLang) || text == null || text.trim().isEmpty()) return null;
    if (outage.skipping()) return null;
    EntenteClient.Proposal p;
    try {
      p = EntenteSettings.client().suggest(text, sLang.getLanguage());
      outage.succeeded();
    } catch (EntenteException e) {
      if (outage.failed()) throw new Exception(e.getMessage(), e);
      return null;
    }
    if (p == null) return null;
    LAST_SCORE.set(p.score);
    synchronized (recent) {
      recent.put(key(sLang, tLang, text), p.text);
    }
    return p.text;
  }

  @Override
  public String getCachedTranslation(Language sLang, Language tLang, String text) {
    if (!isEnabled()) return null;
    synchronized (recent) {
      return recent.get(key(sLang, tLang, text));
    }
  }

  private static String key(Language s, Language t, String text) {
    return s.getLanguage() + "/" + t.getLanguage() + "/" + text;
  }

  @Override
  public boolean isConfigurable() {
    return true;
  }

  /** The URL and the API key (kept in OmegaT's credential store, for this session only if so ticked). */
  @Override
  public void showConfigurationUI(Window parent) {
    MTConfigDialog dialog = new MTConfigDialog(parent, NAME) {
      @Override
      protected void onConfirm() {
        String url = panel.valueField1.getText().trim();
        Preferences.setPreference(EntenteSettings.URL, url.isEmpty() ? EntenteSettings.DEFAULT_URL : url);
        setCredential(EntenteSettings.API_KEY, panel.valueField2.getText().trim(), panel.temporaryCheckBox.isSelected());
        forget();
      }
    };
    dialog.panel.valueLabel1.setText("Entente URL:");
    dialog.panel.valueField1.setText(EntenteSettings.url());
    dialog.panel.valueField1.setColumns(30);
    if (EntenteSettings.urlFromSystemProperty()) {
      dialog.panel.valueField1.setEnabled(false);
      dialog.panel.valueField1.setToolTipText("set by the system property " + EntenteSettings.URL);
    }
    dialog.panel.valueLabel2.setText("API key (only for writing to the memory):");
    dialog.panel.valueField2.setText(getCredential(EntenteSettings.API_KEY));
    dialog.panel.temporaryCheckBox.setSelected(isCredentialStoredTemporarily(EntenteSettings.API_KEY));
    dialog.show();
  }

  /** Drops the kept answers and any outage: the settings changed. */
  void forget() {
    synchronized (recent) {
      recent.clear();
    }
    outage.succeeded();
  }
}
