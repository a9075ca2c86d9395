package org.entente.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The largest heap occupancy of a benchmark run, garbage included: reset before the run, read after it ("peak heap
 * 412 MB" for a 100k-unit extraction).
 */
public final class HeapPeaks {
  private HeapPeaks() {}

  /** Forgets the peaks seen so far. */
  public static void reset() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peaks since the last {@link #reset}, in bytes. */
  public static long peak() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
    }
    return sum;
  }
}
