/** The rule kinds, one class each: section, table-shape, format, cell, balance, date, metadata, text, json-schema. */
package org.nianbao.rules.kind;
