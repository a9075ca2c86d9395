package org.entente.check;

import java.time.LocalDate;
import java.util.List;
import org.entente.text.BadInputException;
import org.entente.text.DocumentDate;
import org.entente.text.Language;

/**
 * What to check: the draft as one whole document or as a list of segments, and optionally its source in the same
 * form (a whole source document is aligned with the draft; a list of source segments pairs with the draft's
 * segments one by one), and the document's date: terms are judged by the status they had that day ("Turkey" is
 * fine in a draft dated 2021-05-04, superseded in one dated 2023); null means today.
 */
public record CheckRequest(List<String> draft, List<String> source, boolean documents, Language draftLanguage,
    CheckConfig config, LocalDate date) {
  public CheckRequest(List<String> draft, List<String> source, boolean documents, Language draftLanguage,
      CheckConfig config) {
    this(draft, source, documents, draftLanguage, config, null);
  }

  public CheckRequest {
    date = date == null ? DocumentDate.today() : date;
    draft = List.copyOf(draft);
    source = List.copyOf(source == null ? List.of() : source);
    draftLanguage = draftLanguage == null ? Language.EN : draftLanguage;
    config = config == null ? CheckConfig.DEFAULT : config;
    if (documents && (draft.size() != 1 || source.size() > 1)) {
      throw new IllegalArgumentException("a document check takes one draft and at most one source");
    }
    if (!documents && !source.isEmpty() && source.size() != draft.size()) {
      throw new BadInputException("sourceSegments has " + source.size() + " segments but segments has " + draft.size(),
          "sourceSegments", "send one source segment per draft segment, or whole documents in text and source");
    }
  }

  /** An English draft document with its French source (or none: {@code null} or blank). */
  public static CheckRequest document(String draft, String source, CheckConfig config) {
    return new CheckRequest(List.of(draft), source == null || source.isBlank() ? List.of() : List.of(source), true,
        Language.EN, config);
  }

  /** English draft segments with their French source segments, one for one (or none: an empty list). */
  public static CheckRequest segments(List<String> draft, List<String> source, CheckConfig config) {
    return new CheckRequest(draft, source, false, Language.EN, config);
  }

  /** This request for a document dated {@code date}. */
  public CheckRequest on(LocalDate date) {
    return new CheckRequest(draft, source, documents, draftLanguage, config, date);
  }

  public boolean hasSource() {
    return !source.isEmpty();
  }

  public Language sourceLanguage() {
    return draftLanguage.other();
  }
}
