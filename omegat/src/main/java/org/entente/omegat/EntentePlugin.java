package org.entente.omegat;

import org.omegat.core.Core;
import org.omegat.core.CoreEvents;
import org.omegat.core.events.IApplicationEventListener;

/**
 * The plugin's entry point, named in the jar manifest's {@code OmegaT-Plugins}: OmegaT calls {@link #loadPlugins()}
 * at start-up, which registers the Machine Translation engine and, once the application has started (the glossary
 * manager exists then), adds the glossary provider, as OmegaT's former built-in TaaS glossary did.
 */
public final class EntentePlugin {
  private static final IApplicationEventListener STARTUP = new IApplicationEventListener() {
    @Override
    public void onApplicationStartup() {
      Core.getGlossaryManager().addGlossaryProvider(new EntenteGlossary());
    }

    @Override
    public void onApplicationShutdown() {
      // nothing held open: each call opens and closes its own connection
    }
  };

  private EntentePlugin() {}

  public static void loadPlugins() {
    Core.registerMachineTranslationClass(EntenteTranslate.class);
    CoreEvents.registerApplicationEventListener(STARTUP);
  }

  public static void unloadPlugins() {
    CoreEvents.unregisterApplicationEventListener(STARTUP);
  }
}
