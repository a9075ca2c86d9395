package org.entente.client;

import java.util.LinkedHashMap;
import java.util.Map;

/** Null-tolerant copies for records read from JSON, where absent members arrive as null. */
final class Maps {
  private Maps() {}

  static <K, V> Map<K, V> withoutNulls(Map<K, V> m) {
    Map<K, V> out = new LinkedHashMap<>();
    if (m != null) m.forEach((k, v) -> {
      if (k != null && v != null) out.put(k, v);
    });
    return out;
  }

  static <T> java.util.List<T> list(java.util.List<T> l) {
    return l == null ? java.util.List.of() : l.stream().filter(java.util.Objects::nonNull).toList();
  }

  static String text(String s) {
    return s == null ? "" : s;
  }
}
