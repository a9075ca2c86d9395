package org.entente.extract;

/**
 * One aligned French–English unit as extraction reads it: the memory's unit id and the two texts, whatever the
 * unit's direction. {@code ("u-12", "Le Groupe des plans nucléaires s’est réuni.", "The Nuclear Planning Group met.")}.
 */
public record AlignedUnit(String id, String fr, String en) {
  public AlignedUnit {
    id = id == null ? "" : id;
    fr = fr == null ? "" : fr;
    en = en == null ? "" : en;
  }

  String text(org.entente.text.Language language) {
    return language == org.entente.text.Language.FR ? fr : en;
  }
}
