package org.entente.check;

import java.util.List;

/**
 * One check over a draft: a stable id, its ITS 2.0 issue type, the severity of its findings, whether it needs the
 * source, and its own good and bad examples. {@code NUMBER_MISMATCH} finds "€45 billion" for "40 milliards
 * d’euros".
 */
public interface Check {
  /** The stable id, as in CONVENTIONS.md: {@code TERM_DEPRECATED_IN_TARGET}. */
  String id();

  IssueType type();

  /** The usual severity of its findings (a finding may say less when it is unsure). */
  Severity severity();

  /** One line for humans and for LanguageTool's {@code rule.description}. */
  String description();

  /** Whether the check compares the draft with its source, and so only runs when one is given. */
  boolean needsSource();

  List<Example> examples();

  List<Finding> run(CheckContext context);
}
