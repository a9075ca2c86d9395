package org.entente.memory;

/**
 * How to import a file: into which memory, the size limit in bytes, the longest segment accepted (longer units are
 * skipped with a reason), and whether to replace what the same file imported before.
 */
public record ImportOptions(String memory, long maxBytes, int maxSegmentChars, boolean replaceFile) {
  public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
  public static final int DEFAULT_MAX_SEGMENT_CHARS = 100_000;
  public static final ImportOptions DEFAULT =
      new ImportOptions(LuceneTranslationMemory.DEFAULT_MEMORY, DEFAULT_MAX_BYTES, DEFAULT_MAX_SEGMENT_CHARS, true);

  public ImportOptions {
    memory = memory == null || memory.isBlank() ? LuceneTranslationMemory.DEFAULT_MEMORY : memory;
    new MemoryInfo(memory, 0, 0, 0); // validates the name
    if (maxBytes <= 0 || maxSegmentChars <= 0) throw new IllegalArgumentException("limits must be positive");
  }

  public ImportOptions withMemory(String m) {
    return new ImportOptions(m, maxBytes, maxSegmentChars, replaceFile);
  }

  public ImportOptions withMaxBytes(long max) {
    return new ImportOptions(memory, max, maxSegmentChars, replaceFile);
  }

  /** Whether the import replaces what the same file name brought before; false for an upload without a name. */
  public ImportOptions withReplaceFile(boolean replace) {
    return new ImportOptions(memory, maxBytes, maxSegmentChars, replace);
  }

  public ImportOptions withMaxSegmentChars(int max) {
    return new ImportOptions(memory, maxBytes, max, replaceFile);
  }
}
