package org.entente.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Per-unit work spread over a bounded pool of threads, the results handed back in unit order on the calling thread:
 * extraction tags "Le plan de défense est prêt." on one core and the next unit on another, while its counts stay on
 * one thread and come out the same as a sequential run. At most {@code 4 × threads} batches of {@value #BATCH} units
 * are in flight, so a 1M-unit memory is streamed, never held. Each thread has its own state (OpenNLP taggers are not
 * thread-safe); with one thread everything runs on the caller, the sequential baseline.
 */
final class ParallelUnits {
  static final int BATCH = 64;

  private ParallelUnits() {}

  /** The work on one unit, with the calling thread's own state. */
  interface Work<S, R> {
    R apply(S state, AlignedUnit unit, int index);
  }

  /** Receives each unit's result, in unit order, on the thread that called {@link #run}. */
  interface Results<R> {
    void accept(AlignedUnit unit, int index, R result);
  }

  /** Runs {@code work} on every unit of {@code units}; returns the number of units. */
  static <S, R> long run(UnitSource units, int threads, Supplier<S> state, Work<S, R> work, Results<R> results) {
    if (threads <= 1) {
      S s = state.get();
      int[] next = {0};
      return units.forEach(u -> {
        int i = next[0]++;
        results.accept(u, i, work.apply(s, u, i));
      });
    }
    ThreadLocal<S> local = ThreadLocal.withInitial(state);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "entente-extract");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Batch<R>> inFlight = new ArrayDeque<>();
    try {
      List<AlignedUnit> batch = new ArrayList<>(BATCH);
      int[] next = {0};
      long total = units.forEach(u -> {
        batch.add(u);
        next[0]++;
        if (batch.size() == BATCH) {
          inFlight.add(submit(pool, local, work, List.copyOf(batch), next[0] - BATCH));
          batch.clear();
          while (inFlight.size() > 4 * threads) drain(inFlight.poll(), results);
        }
      });
      if (!batch.isEmpty()) inFlight.add(submit(pool, local, work, List.copyOf(batch), next[0] - batch.size()));
      while (!inFlight.isEmpty()) drain(inFlight.poll(), results);
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  private record Batch<R>(List<AlignedUnit> units, int first, Future<List<R>> results) {}

  private static <S, R> Batch<R> submit(ExecutorService pool, ThreadLocal<S> local, Work<S, R> work, List<AlignedUnit> units,
      int first) {
    return new Batch<>(units, first, pool.submit(() -> {
      S s = local.get();
      List<R> out = new ArrayList<>(units.size());
      for (int i = 0; i < units.size(); i++) out.add(work.apply(s, units.get(i), first + i));
      return out;
    }));
  }

  private static <R> void drain(Batch<R> batch, Results<R> results) {
    List<R> done;
    try {
      done = batch.results().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("term extraction interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw new IllegalStateException("term extraction failed", e.getCause());
    }
    for (int i = 0; i < done.size(); i++) results.accept(batch.units().get(i), batch.first() + i, done.get(i));
  }
}
