/**
 * Suggestions for a segment: translation-memory matches reviewed against the termbase, the terms recognised in the
 * segment, and one proposed translation with its term conflicts flagged and, where it is safe, repaired.
 */
package org.entente.suggest;
