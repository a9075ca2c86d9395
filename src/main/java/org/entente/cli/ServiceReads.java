package org.entente.cli;

import java.time.LocalDate;
import java.util.List;
import org.entente.client.Check;
import org.entente.client.Concordance;
import org.entente.client.ConnectionFailedException;
import org.entente.client.EntenteClient;
import org.entente.client.EntenteException;
import org.entente.client.Lookup;
import org.entente.client.ProblemException;
import org.entente.client.TermHit;
import org.entente.client.TermSearch;
import org.entente.client.TmMatch;
import org.entente.text.BadInputException;

/**
 * Reads answered by the service that holds the data folder, through our own client: {@code entente lookup} while
 * {@code entente serve} runs. The service's refusals become the command's own bad-input errors.
 */
final class ServiceReads implements DataReads {
  private final EntenteClient client;

  ServiceReads(EntenteClient client) {
    this.client = client;
  }

  @Override
  public List<TmMatch> lookup(Lookup query) {
    return ask(() -> client.lookup(query));
  }

  @Override
  public List<Concordance.Hit> concordance(Concordance query) {
    return ask(() -> client.concordance(query));
  }

  @Override
  public List<TermHit> recognise(String text, String lang) {
    return ask(() -> client.recogniseTerms(text, lang));
  }

  @Override
  public List<TermSearch.Hit> searchTerms(TermSearch search) {
    return ask(() -> client.searchTerms(search));
  }

  @Override
  public Check.Result check(Check request, LocalDate date) {
    return ask(() -> client.check(request));
  }

  private static <T> T ask(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (ProblemException e) {
      throw new BadInputException("the service refused: " + e.problem().detail(), e.problem().where(),
          e.problem().hint(), e);
    } catch (ConnectionFailedException e) {
      throw new java.io.UncheckedIOException(new java.io.IOException("the service holding the data folder stopped "
          + "answering: " + e.getMessage(), e));
    } catch (EntenteException e) {
      throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
