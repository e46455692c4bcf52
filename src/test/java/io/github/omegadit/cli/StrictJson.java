/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.internal.json.JsonReader;
import java.util.Map;

/**
 * The tests' way to read what the library writes: the library's own strict reader ({@link JsonReader}, tested in
 * {@code JsonReaderTest}), so a writer's output that is not RFC 8259 JSON fails the test that reads it.
 */
public final class StrictJson {

    private StrictJson() {}

    /** The value of a whole JSON text. */
    public static Object parse(String text) {
        return JsonReader.read(text, "the JSON under test");
    }

    /** The value of a whole JSON text, which must be an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String text) {
        Object v = parse(text);
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException("not a JSON object: " + text);
        }
        return (Map<String, Object>) v;
    }
}
