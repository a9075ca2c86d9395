package org.entente.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.Services;
import org.entente.client.Check;
import org.entente.client.Concordance;
import org.entente.client.Lookup;
import org.entente.client.TermHit;
import org.entente.client.TermSearch;
import org.entente.client.TmMatch;
import org.entente.index.DataFolderLockedException;

/**
 * The read-only questions the commands ask of a data folder, answered in the shapes of the service's API (the
 * client's records), so that a command prints the same whether it read the indexes itself ({@link LocalReads}) or
 * asked the service that holds them ({@link ServiceReads}).
 */
interface DataReads extends AutoCloseable {
  /** Exact and fuzzy matches, best first. */
  List<TmMatch> lookup(Lookup query);

  /** Units containing a word or phrase. */
  List<Concordance.Hit> concordance(Concordance query);

  /** Every occurrence of every termbase concept in {@code text}, in {@code lang} ({@code fr} or {@code en}). */
  List<TermHit> recognise(String text, String lang);

  /** Exact, prefix or typo-tolerant term search. */
  List<TermSearch.Hit> searchTerms(TermSearch search);

  /** The findings of a draft check; {@code date} (null: today) is the document's date. */
  Check.Result check(Check request, LocalDate date);

  @Override
  void close();

  /**
   * Opens the data folder for reading: the indexes themselves, or, when the running service holds them, that
   * service over HTTP.
   *
   * @param owner who is reading, shown to a process that would write meanwhile
   */
  static DataReads open(Path data, String owner) {
    try {
      return new LocalReads(Services.open(data, owner));
    } catch (DataFolderLockedException locked) {
      Optional<RunningService> service = RunningService.holding(locked, data).filter(RunningService::answers);
      if (service.isEmpty()) throw locked;
      return new ServiceReads(service.get().client());
    }
  }
}
