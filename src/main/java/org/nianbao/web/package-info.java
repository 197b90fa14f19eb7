/**
 * The web upload's intake: {@link org.nianbao.web.Multipart} streams a browser's multipart/form-data body into temp
 * files under limits. Client-supplied names are for display only and never become paths.
 */
package org.nianbao.web;
