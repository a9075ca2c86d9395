/** The translation memory on Lucene: units, TMX import and export, exact, fuzzy and concordance lookup. */
package org.entente.memory;
