package org.entente.formats;

import java.time.Instant;
import java.util.List;

/**
 * The {@code <header>} of a TMX file: the seven attributes TMX 1.4b requires, dates and users, {@code <prop>}s
 * and {@code <note>}s. {@code srclang} may be {@code *all*}.
 */
public record TmxHeader(
    String version,
    String creationTool,
    String creationToolVersion,
    String segType,
    String oTmf,
    String adminLang,
    String srcLang,
    String dataType,
    Instant creationDate,
    String creationId,
    Instant changeDate,
    String changeId,
    List<TmxProp> props,
    List<String> notes) {
  public TmxHeader {
    version = orEmpty(version);
    creationTool = orEmpty(creationTool);
    creationToolVersion = orEmpty(creationToolVersion);
    segType = orEmpty(segType);
    oTmf = orEmpty(oTmf);
    adminLang = orEmpty(adminLang);
    srcLang = orEmpty(srcLang);
    dataType = orEmpty(dataType);
    creationId = orEmpty(creationId);
    changeId = orEmpty(changeId);
    props = List.copyOf(props == null ? List.of() : props);
    notes = List.copyOf(notes == null ? List.of() : notes);
  }

  /** A header for a file Entente writes: {@code sentence} segments, {@code plaintext}, admin language en. */
  public static TmxHeader of(String tool, String toolVersion, String srcLang, Instant created) {
    return new TmxHeader("1.4", tool, toolVersion, "sentence", tool, "en", srcLang, "plaintext", created, "", null, "",
        List.of(), List.of());
  }

  public TmxHeader withProps(List<TmxProp> newProps) {
    return new TmxHeader(version, creationTool, creationToolVersion, segType, oTmf, adminLang, srcLang, dataType,
        creationDate, creationId, changeDate, changeId, newProps, notes);
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
