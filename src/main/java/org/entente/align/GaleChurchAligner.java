package org.entente.align;

import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: Gale and Church's (1993) length-only aligner with beads 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2, in a
 * corridor around the diagonal for long documents. Its confidence is the length agreement {@code 2(1 - Φ(|δ|))}.
 */
public final class GaleChurchAligner implements Aligner {
  private static final Shape[] SHAPES = {Shape.ONE_ONE, Shape.ONE_ZERO, Shape.ZERO_ONE, Shape.TWO_ONE,
      Shape.ONE_TWO, Shape.TWO_TWO};
  private final AlignerSettings settings;

  public GaleChurchAligner() {
    this(AlignerSettings.DEFAULTS);
  }

  public GaleChurchAligner(AlignerSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "gale-church";
  }

  @Override
  public Alignment align(Document document) {
    int n = document.fr().size();
    int m = document.en().size();
    int[] fl = document.fr().stream().mapToInt(it -> it.text().strip().length()).toArray();
    int[] el = document.en().stream().mapToInt(it -> it.text().strip().length()).toArray();
    long[] fp = new long[n + 1];
    long[] ep = new long[m + 1];
    for (int i = 0; i < n; i++) fp[i + 1] = fp[i] + fl[i];
    for (int j = 0; j < m; j++) ep[j + 1] = ep[j] + el[j];
    LengthCost length = LengthCost.forTexts(fp[n], ep[m]);
    CorridorDp.BeadCost cost = (s, i, j, bound) -> length.cost(s, (int) (fp[i + s.fr] - fp[i]), (int) (ep[j + s.en] - ep[j]));
    int width = settings.corridor() * 4;
    Corridor c = n * (long) m <= settings.fullMatrixCells() ? Corridor.full(n, m)
        : Corridor.around(n, m, List.of(new int[] {0, 0}, new int[] {n, m}), width);
    CorridorDp.Path path = CorridorDp.run(c, cost, SHAPES);
    for (int round = 0; round < 3 && path.touchedEdge(); round++) {
      width *= 2;
      c = Corridor.aroundPath(n, m, path.corners(n, m), width);
      if (c.cells > settings.maxCells()) break;
      path = CorridorDp.run(c, cost, SHAPES);
    }
    List<Bead> beads = new ArrayList<>();
    for (int[] b : path.beads()) {
      Shape s = Shape.ALL[b[2]];
      double conf = s.fr == 0 || s.en == 0 ? 0.3
          : length.match((int) (fp[b[0] + s.fr] - fp[b[0]]), (int) (ep[b[1] + s.en] - ep[b[1]]));
      beads.add(Confidence.bead(s, b[0], b[1], conf, settings.flagBelow()));
    }
    return new Alignment(document, beads, name());
  }
}
