package org.nianbao.model;

/**
 * A section as found in the document.
 *
 * @param id      which of the six it is
 * @param heading the heading as written
 * @param text    the section's own text (narrative, without the tables)
 */
public record Section(SectionId id, String heading, String text, Location source) {
}
