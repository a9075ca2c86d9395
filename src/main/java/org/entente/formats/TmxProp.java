package org.entente.formats;

/** A TMX {@code <prop type="x-domain">nuclear-policy</prop>}; {@code lang} is usually empty. */
public record TmxProp(String type, String lang, String value) {
  public TmxProp {
    type = type == null ? "" : type;
    lang = lang == null ? "" : lang;
    value = value == null ? "" : value;
  }

  public static TmxProp of(String type, String value) {
    return new TmxProp(type, "", value);
  }
}
