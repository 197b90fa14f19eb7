/**
 * The web upload's intake: {@link org.nianbao.web.Multipart} streams a browser's multipart/form-data body into temp
 * files under limits, and {@link org.nianbao.web.UploadIntake} turns the uploaded files into the files to check,
 * expanding plain zip archives safely. Client-supplied names are for display only and never become paths.
 */
package org.nianbao.web;
