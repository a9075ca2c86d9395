/** Lucene plumbing and the data folder: analyzers, index lifecycle, the single-writer lock. */
package org.entente.index;
