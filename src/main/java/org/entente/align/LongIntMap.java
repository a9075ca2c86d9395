package org.entente.align;

/** An open-addressing map from long keys to int counts, 12 bytes a slot: co-occurrence counts without boxing. */
final class LongIntMap {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys = newKeys(1 << 12);
  private int[] values = new int[1 << 12];
  private int size;

  /** Receives the entries of the map. */
  interface Visitor {
    void visit(long key, int value);
  }

  private static long[] newKeys(int n) {
    long[] k = new long[n];
    java.util.Arrays.fill(k, EMPTY);
    return k;
  }

  void add(long key, int delta) {
    if (size * 2 >= keys.length) grow();
    int mask = keys.length - 1;
    int h = hash(key) & mask;
    while (keys[h] != EMPTY && keys[h] != key) h = (h + 1) & mask;
    if (keys[h] == EMPTY) {
      keys[h] = key;
      size++;
    }
    values[h] += delta;
  }

  int size() {
    return size;
  }

  void forEach(Visitor v) {
    for (int h = 0; h < keys.length; h++) if (keys[h] != EMPTY) v.visit(keys[h], values[h]);
  }

  private static int hash(long key) {
    long x = key * 0x9E3779B97F4A7C15L;
    return (int) (x ^ (x >>> 32));
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = newKeys(oldKeys.length * 2);
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int h = 0; h < oldKeys.length; h++) if (oldKeys[h] != EMPTY) add(oldKeys[h], oldValues[h]);
  }
}
