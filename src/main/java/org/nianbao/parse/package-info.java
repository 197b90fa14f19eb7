/**
 * Reading files: format detection by content, one parser per format producing a {@link org.nianbao.parse.RawDocument}
 * (or, for JSON submissions, the model directly), and the {@link org.nianbao.parse.InputProblem} outcomes for files
 * that cannot be read. May import only {@code model}.
 */
package org.nianbao.parse;
