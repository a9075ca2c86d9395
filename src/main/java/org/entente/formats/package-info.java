/** Readers and writers of TMX, TBX, CSV and JSON lines; all XML goes through the hardened {@link org.entente.formats.Xml}. */
package org.entente.formats;
