package org.entente.align;

/**
 * The tunable weights of {@link EntenteAligner}; {@link #DEFAULTS} were set on the NATO corpus, TransRead and
 * generated UN pairs together.
 *
 * @param lexicalWeight cost removed per unit of shared key weight in a bead
 * @param hardMismatchWeight cost added per unit of number or paragraph-label weight found on one side only
 * @param hardMismatchCap the most a bead can be charged for unmatched numbers
 * @param paragraphPenalty cost of a bead that joins sentences of two paragraphs on one side
 * @param idleMemberPenalty cost per sentence of a merged side that shares no key with the other side
 * @param headingMixPenalty cost of a bead that merges a heading-like line (short, no final punctuation: a title,
 *     a byline, web noise such as "Publicité") with full sentences on one side
 * @param omissionAdjust added to the Gale–Church cost of a 1-0 or 0-1 bead (negative: omissions are likelier in
 *     real document pairs than in Gale and Church's parliamentary proceedings)
 * @param omissionLengthCap the most the length term may add to a 1-0 or 0-1 bead: Gale–Church's term grows with
 *     the sentence's length, which makes a long dropped sentence look impossible and forces it into a merge
 * @param lexiconPasses how many times the lexicon is learnt from the current alignment and the texts realigned
 * @param minDice the Dice coefficient a word pair needs to enter the lexicon
 * @param flagBelow beads whose confidence is below this are flagged for review
 * @param corridor half-width of the first pass's corridor, doubled while the path touches its border
 * @param fullMatrixCells below this many lattice cells the whole matrix is computed
 * @param maxCells the corridor never grows beyond this many cells (5 bytes each); it is widened at most 3 times
 */
public record AlignerSettings(
    double lexicalWeight,
    double hardMismatchWeight,
    double hardMismatchCap,
    double paragraphPenalty,
    double idleMemberPenalty,
    double headingMixPenalty,
    double omissionAdjust,
    double omissionLengthCap,
    int lexiconPasses,
    double minDice,
    double flagBelow,
    int corridor,
    long fullMatrixCells,
    long maxCells) {
  public static final AlignerSettings DEFAULTS =
      new AlignerSettings(0.6, 0.3, 3.0, 2.0, 1.5, 3.0, -0.7, 2.0, 1, 0.3, 0.5, 32, 300_000, 6_000_000);

  /** These settings with another value for one named weight, for tuning: {@code with("lexicalWeight", 0.5)}. */
  public AlignerSettings with(String name, double v) {
    return new AlignerSettings(
        name.equals("lexicalWeight") ? v : lexicalWeight,
        name.equals("hardMismatchWeight") ? v : hardMismatchWeight,
        name.equals("hardMismatchCap") ? v : hardMismatchCap,
        name.equals("paragraphPenalty") ? v : paragraphPenalty,
        name.equals("idleMemberPenalty") ? v : idleMemberPenalty,
        name.equals("headingMixPenalty") ? v : headingMixPenalty,
        name.equals("omissionAdjust") ? v : omissionAdjust,
        name.equals("omissionLengthCap") ? v : omissionLengthCap,
        name.equals("lexiconPasses") ? (int) v : lexiconPasses,
        name.equals("minDice") ? v : minDice,
        name.equals("flagBelow") ? v : flagBelow,
        name.equals("corridor") ? (int) v : corridor, fullMatrixCells, maxCells);
  }

  public AlignerSettings withFullMatrixCells(long cells) {
    return new AlignerSettings(lexicalWeight, hardMismatchWeight, hardMismatchCap, paragraphPenalty, idleMemberPenalty, headingMixPenalty, omissionAdjust, omissionLengthCap, lexiconPasses, minDice, flagBelow,
        corridor, cells, maxCells);
  }
}
