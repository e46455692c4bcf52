/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.protocol;

import io.github.omegadit.answer.PresenceClient;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OMEGA web-service version sent in {@code NumeroVersion} ("V6" ... "V10"). Versions compare numerically
 * ({@code V10} is after {@code V8}), never as strings (rule R2).
 *
 * @param number the version number, at least 1
 */
public record NumeroVersion(int number) implements Comparable<NumeroVersion> {

    private static final Pattern FORMAT = Pattern.compile("V([0-9]{1,4})");

    /** V8: the contact telephone must be digits only from this version on (rule R3). */
    public static final NumeroVersion V8 = new NumeroVersion(8);
    /** V9: adds PresenceClient (guide V9.0). */
    public static final NumeroVersion V9 = new NumeroVersion(9);
    /** V10: the meter-data-check interventions (G1, 253) need this version of the calls. */
    public static final NumeroVersion V10 = new NumeroVersion(10);
    /** The newest version this library supports, and the client's default. */
    public static final NumeroVersion LATEST = V10;

    /** Validates the number. */
    public NumeroVersion {
        if (number < 1) {
            throw new IllegalArgumentException("NumeroVersion must be V1 or later, got V" + number);
        }
    }

    /**
     * Parses {@code "V<n>"}.
     *
     * @throws IllegalArgumentException naming the field and the expected form
     */
    public static NumeroVersion parse(String text) {
        Matcher m = FORMAT.matcher(Objects.requireNonNull(text, "NumeroVersion"));
        if (!m.matches()) {
            throw new IllegalArgumentException("NumeroVersion must be 'V' followed by a number (e.g. V10), got '"
                    + text + "'");
        }
        return new NumeroVersion(Integer.parseInt(m.group(1)));
    }

    /** True when this version is {@code other} or later. */
    public boolean isAtLeast(NumeroVersion other) {
        return number >= other.number;
    }

    @Override
    public int compareTo(NumeroVersion other) {
        return Integer.compare(number, other.number);
    }

    /** The wire form, e.g. {@code V10}. */
    @Override
    public String toString() {
        return "V" + number;
    }
}
