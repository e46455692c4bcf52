/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.internal.json.JsonWriter;

/** The command line's {@code --json} output, written by the library's {@link JsonWriter}. */
final class Json {

    private Json() {}

    /** The value as indented JSON (two spaces), without a trailing newline. */
    static String write(Object value) {
        return JsonWriter.write(value);
    }
}
