package org.nianbao.matrix;

import java.nio.file.Path;

/** One cell of the matrix before it is read: the file a producer made from a source, or why it made none. */
record Rendering(Source source, Producer producer, Path file, String failure) {
    static Rendering made(Source source, Producer producer, Path file) {
        return new Rendering(source, producer, file, null);
    }

    static Rendering failed(Source source, Producer producer, String failure) {
        return new Rendering(source, producer, null, failure);
    }
}
