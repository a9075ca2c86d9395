package org.entente.terminology;

import java.util.Locale;

/** How a term lookup matches: the whole term, its beginning (autocomplete), or with typos; {@code AUTO} tries all. */
public enum SearchMode {
  EXACT,
  PREFIX,
  FUZZY,
  AUTO;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
