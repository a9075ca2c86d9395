/**
 * Sentence alignment of a French text with its English counterpart: Gale–Church length costs, hard anchors
 * (numbers, acronyms, quotations, headings, numbered paragraphs, paragraph starts), cognates, termbase pairs and a
 * bilingual lexicon learnt from the texts in a second pass, computed by dynamic programming inside a corridor so
 * that memory stays bounded.
 */
package org.entente.align;
