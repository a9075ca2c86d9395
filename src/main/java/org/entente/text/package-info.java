/**
 * Shared value types (languages, spans, bad-input errors) and text normalisation for matching.
 * No third-party imports: every other package may depend on this one.
 */
package org.entente.text;
