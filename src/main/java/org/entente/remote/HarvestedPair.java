package org.entente.remote;

/**
 * A sentence pair found on a French page and its English counterpart, ready for the memory: a stable id, the two
 * sides, the aligner's confidence, and where it came from.
 */
public record HarvestedPair(String id, String french, String english, double score, Origin origin) {
  public HarvestedPair {
    if (id == null || id.isEmpty()) throw new IllegalArgumentException("a pair needs an id");
    if (french == null || french.isBlank() || english == null || english.isBlank()) {
      throw new IllegalArgumentException("a pair needs text on both sides");
    }
    if (origin == null) throw new IllegalArgumentException("a pair needs an origin");
  }

  /** The two pages a pair came from: addresses, titles and dates (empty when the page gave none), and when. */
  public record Origin(String frenchUrl, String englishUrl, String frenchTitle, String englishTitle, String frenchDate,
      String englishDate, String harvested) {
    public Origin {
      frenchTitle = frenchTitle == null ? "" : frenchTitle;
      englishTitle = englishTitle == null ? "" : englishTitle;
      frenchDate = frenchDate == null ? "" : frenchDate;
      englishDate = englishDate == null ? "" : englishDate;
      harvested = harvested == null ? "" : harvested;
    }
  }

  /** The id of a pair: a hash of the French page's address and both texts. */
  static String idOf(String frenchUrl, String french, String english) {
    return "harvest-" + PageCache.sha256(frenchUrl + "\u0000" + french + "\u0000" + english).substring(0, 24);
  }
}
