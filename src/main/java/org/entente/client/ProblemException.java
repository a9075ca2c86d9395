package org.entente.client;

/**
 * The server answered with an error status and its problem details: a 400 with {@code where = "source"} for an
 * empty segment, a 401 for a write without the API key, a 503 still there after every retry.
 */
public final class ProblemException extends EntenteException {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  ProblemException(Problem problem, int attempts) {
    super(problem.describe(), attempts, null);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public int status() {
    return problem.status();
  }

  /** A 4xx: the request must change before it can succeed (never retried). */
  public boolean isClientError() {
    return problem.status() >= 400 && problem.status() < 500;
  }
}
