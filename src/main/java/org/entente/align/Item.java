package org.entente.align;

/**
 * One sentence of one side of a document to align: its text, the line number it is reported under
 * ({@code 0}-based line of a pre-segmented file, or segment index of a raw text) and its paragraph.
 * {@code new Item("Les Alliés se sont réunis.", 3, 1)}.
 */
public record Item(String text, int line, int paragraph) {
  public Item {
    if (text == null) throw new IllegalArgumentException("text is null");
    if (line < 0 || paragraph < 0) throw new IllegalArgumentException("negative line or paragraph");
  }
}
