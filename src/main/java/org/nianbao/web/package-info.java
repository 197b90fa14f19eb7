/**
 * {@code serve}: the web pages and JSON API for supervising offices, on the JDK's HTTP server. Uploads come in
 * ({@link org.nianbao.web.Multipart} streams a multipart body into temp files under limits,
 * {@link org.nianbao.web.UploadIntake} opens zips safely; client names are for display only and never become paths),
 * are checked in the background ({@link org.nianbao.web.BatchJobs}) and kept in {@link org.nianbao.store}; pages are
 * rendered on the server, one class per page.
 */
package org.nianbao.web;
