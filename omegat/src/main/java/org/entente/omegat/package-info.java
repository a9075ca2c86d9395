/**
 * Entente in OmegaT 5.8: {@link org.entente.omegat.EntenteTranslate} puts the memory's proposal for the active
 * segment in the Machine Translation pane, {@link org.entente.omegat.EntenteGlossary} puts the termbase's terms found
 * in it in the Glossary pane, both over HTTP to an Entente service ({@code entente.url}). Java 8, nothing but OmegaT
 * and the Jackson it ships.
 */
package org.entente.omegat;
