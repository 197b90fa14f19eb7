/**
 * What {@code serve} keeps: uploaded files by content hash, batches, and every result ever produced, in an embedded
 * H2 database by default or in PostgreSQL. Plain JDBC; knows nothing of reports beyond the columns it stores.
 */
package org.nianbao.store;
