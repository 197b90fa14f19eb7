package org.nianbao.model;

/** A column of a standard table: its id and official label. */
public record ColumnSpec(String id, Text label) {
}
