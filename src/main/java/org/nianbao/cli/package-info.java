/** The command line (picocli). May import every other package. */
package org.nianbao.cli;
