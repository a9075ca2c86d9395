/** Sentence segmentation and tokenisation of French and English text (OpenNLP lives here). */
package org.entente.segment;
