/**
 * Draft checks: one small class per check (stable id, ITS 2.0 issue type, severity, good and bad examples),
 * registered in the explicit list of {@link org.entente.check.Checks}, run over an English draft and optionally
 * its French source by {@link org.entente.check.Checker}.
 */
package org.entente.check;
