/** Thin command-line commands calling the same components as the API. */
package org.entente.cli;
