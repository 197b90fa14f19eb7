package org.nianbao.model;

/**
 * A row or column label recognised although written differently from the standard.
 *
 * @param row      the row id (null for a column label)
 * @param column   the column id (null for a row label)
 * @param written  the label as written
 * @param standard the standard label
 */
public record LabelNote(String row, String column, String written, String standard, Location source) {
}
