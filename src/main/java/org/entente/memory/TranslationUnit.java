package org.entente.memory;

import java.time.Instant;
import java.util.List;
import org.entente.formats.InlineText;
import org.entente.formats.TmxProp;
import org.entente.text.Language;
import org.entente.text.LanguageCode;

/**
 * A French–English translation unit: source and target with their language and region, dates and users, origin,
 * properties, context, usage, the TMX id and any other props and notes it came with (kept for export).
 * {@code id} is the memory's own id; {@code file} the imported file that brought it (empty otherwise).
 */
public record TranslationUnit(
    String id,
    String memory,
    LanguageCode sourceLanguage,
    InlineText source,
    LanguageCode targetLanguage,
    InlineText target,
    Instant created,
    String createdBy,
    Instant changed,
    String changedBy,
    Origin origin,
    UnitProperties properties,
    Context context,
    long usageCount,
    Instant lastUsed,
    String tuid,
    String file,
    List<TmxProp> otherProps,
    List<String> notes) {
  public TranslationUnit {
    id = id == null ? "" : id;
    memory = memory == null || memory.isBlank() ? LuceneTranslationMemory.DEFAULT_MEMORY : memory;
    if (sourceLanguage == null || targetLanguage == null) throw new IllegalArgumentException("language is null");
    if (sourceLanguage.language() == targetLanguage.language()) {
      throw new IllegalArgumentException("source and target are both " + sourceLanguage.language().displayName());
    }
    if (source == null || target == null) throw new IllegalArgumentException("text is null");
    if (created == null) created = Instant.EPOCH;
    createdBy = createdBy == null ? "" : createdBy;
    if (changed == null) changed = created;
    changedBy = changedBy == null ? "" : changedBy;
    if (origin == null) origin = Origin.api("");
    if (properties == null) properties = UnitProperties.NONE;
    if (context == null) context = Context.NONE;
    if (usageCount < 0) throw new IllegalArgumentException("negative usage count");
    tuid = tuid == null ? "" : tuid;
    file = file == null ? "" : file;
    otherProps = List.copyOf(otherProps == null ? List.of() : otherProps);
    notes = List.copyOf(notes == null ? List.of() : notes);
  }

  /** A plain unit added through the API or code: {@code TranslationUnit.of(FR, "Bonjour.", EN, "Hello.")}. */
  public static TranslationUnit of(Language sourceLanguage, String source, Language targetLanguage, String target) {
    Instant now = Instant.now();
    return new TranslationUnit("", "", LanguageCode.of(sourceLanguage), InlineText.parseLenient(source),
        LanguageCode.of(targetLanguage), InlineText.parseLenient(target), now, "", now, "", null, null, null, 0, null,
        "", "", List.of(), List.of());
  }

  /** The side in {@code language}. */
  public InlineText text(Language language) {
    return sourceLanguage.language() == language ? source : target;
  }

  public LanguageCode code(Language language) {
    return sourceLanguage.language() == language ? sourceLanguage : targetLanguage;
  }

  public TranslationUnit withId(String newId) {
    return new TranslationUnit(newId, memory, sourceLanguage, source, targetLanguage, target, created, createdBy,
        changed, changedBy, origin, properties, context, usageCount, lastUsed, tuid, file, otherProps, notes);
  }

  public TranslationUnit withMemory(String newMemory) {
    return new TranslationUnit(id, newMemory, sourceLanguage, source, targetLanguage, target, created, createdBy,
        changed, changedBy, origin, properties, context, usageCount, lastUsed, tuid, file, otherProps, notes);
  }

  public TranslationUnit withUsage(long count, Instant last) {
    return new TranslationUnit(id, memory, sourceLanguage, source, targetLanguage, target, created, createdBy,
        changed, changedBy, origin, properties, context, count, last, tuid, file, otherProps, notes);
  }

  public TranslationUnit withOrigin(Origin newOrigin, String newFile) {
    return new TranslationUnit(id, memory, sourceLanguage, source, targetLanguage, target, created, createdBy,
        changed, changedBy, newOrigin, properties, context, usageCount, lastUsed, tuid, newFile, otherProps, notes);
  }

  public TranslationUnit withProperties(UnitProperties p, Context c) {
    return new TranslationUnit(id, memory, sourceLanguage, source, targetLanguage, target, created, createdBy,
        changed, changedBy, origin, p, c, usageCount, lastUsed, tuid, file, otherProps, notes);
  }

  public TranslationUnit withChange(Instant when, String who) {
    return new TranslationUnit(id, memory, sourceLanguage, source, targetLanguage, target, created, createdBy,
        when, who, origin, properties, context, usageCount, lastUsed, tuid, file, otherProps, notes);
  }
}
