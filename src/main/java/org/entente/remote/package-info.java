/**
 * Outbound HTTP: the harvester that fetches French pages and their English counterparts, politely (robots.txt,
 * per-host delay, conditional GET), extracts their article text, aligns it and stores the sentence pairs.
 */
package org.entente.remote;
