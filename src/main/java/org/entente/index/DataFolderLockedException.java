package org.entente.index;

import org.entente.text.BadInputException;

/** Another process (a running service, or another command) holds the data folder for writing. */
public final class DataFolderLockedException extends BadInputException {
  private static final long serialVersionUID = 1L;

  DataFolderLockedException(String folder, String owner) {
    super("the data folder " + folder + " is in use by " + (owner.isBlank() ? "another Entente process" : owner),
        "--data " + folder,
        "use the REST API of the running service, stop it first, or give another --data folder");
  }
}
