/**
 * The Java client for plugins (OmegaT, Okapi steps, in-house tools): {@link org.entente.client.EntenteClient} and
 * its typed request and response records. It depends on nothing else of Entente and on no library but OkHttp and
 * Jackson, and ships alone as the slim {@code entente-VERSION-client.jar}.
 */
package org.entente.client;
