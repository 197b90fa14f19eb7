/**
 * Recognition: turns any {@link org.nianbao.parse.RawDocument} (from any format's parser) into the canonical
 * {@link org.nianbao.model.Report} — sections by their headings' words, tables and their rows and columns by
 * labels, cell values exactly as written, and the report's metadata. Never guesses: what it cannot place it
 * reports as unrecognised or leaves out. May import {@code parse} and {@code model}.
 */
package org.nianbao.recognize;
