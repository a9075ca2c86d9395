package org.entente.memory;

/**
 * A named memory and how its matches rank: {@code penalty} points are subtracted from their scores (a memory of
 * unrevised machine translation might take 10), and {@code priority} breaks ties (higher first).
 */
public record MemoryInfo(String name, int priority, int penalty, long units) {
  public MemoryInfo {
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new org.entente.text.BadInputException("invalid memory name '" + name + "'", "memory",
          "use letters, digits, '.', '_' or '-' (at most 64)");
    }
    if (penalty < 0 || penalty > 100) {
      throw new org.entente.text.BadInputException("penalty outside 0..100: " + penalty, "penalty", "");
    }
  }
}
