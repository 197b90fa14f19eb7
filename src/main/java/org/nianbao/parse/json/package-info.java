/** JSON submissions: the model's own shape, validated against report.schema.json (draft-07). */
package org.nianbao.parse.json;
