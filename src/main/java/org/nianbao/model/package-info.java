/**
 * The canonical report model (model.md): sections, the three tables with their standard layouts, metadata and
 * source locations. Imports none of nianbao's other packages.
 */
package org.nianbao.model;
