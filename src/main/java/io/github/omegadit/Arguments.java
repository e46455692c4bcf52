/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

/** Argument checks of the public API: a bad argument is an {@link IllegalArgumentException} naming it. */
final class Arguments {

    private Arguments() {}

    static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required (got null)");
        }
        return value;
    }
}
