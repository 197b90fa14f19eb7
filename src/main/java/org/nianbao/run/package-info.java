/**
 * Running checks: one file ({@link org.nianbao.run.Checker}: detect → parse → recognise → rules) and the files
 * under the paths a user gives. May import {@code parse}, {@code recognize}, {@code rules} and {@code model}.
 */
package org.nianbao.run;
