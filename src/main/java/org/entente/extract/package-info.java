/**
 * Terminology that grows from the memory: bilingual term extraction over aligned units
 * ({@code "plan de défense"} = {@code "defence plan"}) and the term-rendering report (how each concept of the
 * termbase was actually translated). Apache Commons Math (the G-test) lives here.
 */
package org.entente.extract;
