package org.entente.index;

import org.entente.text.BadInputException;

/** Another process (a running service, or another command) holds the data folder for writing. */
public final class DataFolderLockedException extends BadInputException {
  private static final long serialVersionUID = 1L;

  private final String owner;

  DataFolderLockedException(String folder, String owner) {
    super("the data folder " + folder + " is in use by " + (owner.isBlank() ? "another Entente process" : owner),
        "--data " + folder,
        "use the REST API of the running service, stop it first, or give another --data folder");
    this.owner = owner;
  }

  /** Who holds the folder, as it described itself: {@code "the Entente service at http://127.0.0.1:8080 (pid 42)"}. */
  public String owner() {
    return owner;
  }
}
