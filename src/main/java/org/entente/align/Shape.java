package org.entente.align;

/** The bead shapes the aligner considers, with Gale and Church's prior probabilities (1-3 and 3-1 added). */
enum Shape {
  ONE_ONE(1, 1, 0.89),
  ONE_ZERO(1, 0, 0.0049),
  ZERO_ONE(0, 1, 0.0049),
  TWO_ONE(2, 1, 0.044),
  ONE_TWO(1, 2, 0.044),
  TWO_TWO(2, 2, 0.009),
  THREE_ONE(3, 1, 0.002),
  ONE_THREE(1, 3, 0.002);

  static final Shape[] ALL = values();

  final int fr;
  final int en;
  final double prior;
  final double priorCost;

  Shape(int fr, int en, double prior) {
    this.fr = fr;
    this.en = en;
    this.prior = prior;
    this.priorCost = -Math.log(prior);
  }
}
