/**
 * Worker processes: files read in JVMs of their own, each with its own heap limit, over standard input and output
 * ({@link org.nianbao.run.worker.WorkerMain}, {@link org.nianbao.run.worker.WorkerProtocol}), handed out and watched
 * by a {@link org.nianbao.run.worker.WorkerPool} that ends a worker out of memory or past the time limit and starts
 * another. {@code serve} reads every file this way, {@code check --isolate} too, and {@code check} the large ones
 * ({@link org.nianbao.run.worker.SizeRouting}). The readers do not know they run in a worker.
 */
package org.nianbao.run.worker;
