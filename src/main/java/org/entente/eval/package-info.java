/**
 * Evaluations and benchmarks: the figures in docs/ measured against gold data in ../shared, above the
 * capabilities they measure. For example {@code AlignScore} pools strict and lax precision and recall of the
 * aligner's beads against the NATO gold beads, and {@code WriteBench} times memory imports.
 */
package org.entente.eval;
