/** Concepts, terms with statuses, the Lucene-backed termbase, and term recognition in running text. */
package org.entente.terminology;
