/**
 * The translation memory on an OpenSearch cluster, for teams that outgrow one machine: Entente analyses and scores,
 * OpenSearch stores, shards, replicates and retrieves candidates ({@code serve --opensearch http://HOST:9200}); and
 * the local single-node OpenSearch of {@code dev-opensearch} and of the tests, run as a process of its own.
 */
package org.entente.opensearch;
