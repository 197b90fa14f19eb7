/**
 * Recognition: turns any {@link org.nianbao.parse.RawDocument} (from any format's parser) into the canonical
 * {@link org.nianbao.model.Report} — sections by their headings' words, tables and their rows and columns by
 * labels, cell values exactly as written, and the report's metadata. Labels are matched with confidence by their
 * words ({@link org.nianbao.recognize.LabelMatcher}); a label left over is placed by its position among those and
 * its likeness ({@link org.nianbao.recognize.SequenceAlignment}); values find their labelled column however header
 * and body are cut ({@link org.nianbao.recognize.ValueColumns}). Never guesses: what it cannot place it reports as
 * unrecognised or leaves out. May import {@code parse} and {@code model}.
 */
package org.nianbao.recognize;
