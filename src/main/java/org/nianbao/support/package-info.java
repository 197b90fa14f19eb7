/** Small utilities any package may use; imports none of nianbao's other packages. */
package org.nianbao.support;
