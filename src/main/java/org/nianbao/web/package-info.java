/**
 * {@code serve}: the web pages and JSON API for supervising offices, on Jetty ({@link org.nianbao.web.WebServer}:
 * bounded threads, idle connections closed, bodies read as they come; {@link org.nianbao.web.Routes} names every
 * path; {@link org.nianbao.web.ErrorPages} answers every error). Uploads come in through Jetty's multipart parser
 * within limits ({@link org.nianbao.web.Uploads}; {@link org.nianbao.web.UploadIntake} opens zips safely; client
 * names are for display only and never become paths), what is worth keeping is stored once
 * ({@link org.nianbao.web.Keeper}), and files are checked in the background in worker processes
 * ({@link org.nianbao.web.BatchJobs}) with the results kept in {@link org.nianbao.store}; pages are rendered on the
 * server, one class per page. Browsers hold a server-side session ({@link org.nianbao.web.Guard}).
 */
package org.nianbao.web;
