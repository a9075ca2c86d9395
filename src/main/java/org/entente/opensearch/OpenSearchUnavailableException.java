package org.entente.opensearch;

/**
 * The OpenSearch cluster did not do what the memory asked: no node answered, or it refused the request (a server
 * fault, not the client's): {@code OpenSearch at [http://os1:9200] did not answer POST /entente-memory/_search}.
 */
public final class OpenSearchUnavailableException extends RuntimeException {
  public OpenSearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
