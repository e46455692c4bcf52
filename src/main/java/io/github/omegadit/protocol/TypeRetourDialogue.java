/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.protocol;

/** What OMEGA says about continuing the dialogue (guide §3.2.3.1). */
public enum TypeRetourDialogue {
    /** "P": à poursuivre, the dialogue goes on. */
    P,
    /** "A": abandonné. */
    A,
    /** "T": terminé. */
    T;

    /** The enum for a wire value ({@code "P"}, {@code "A"}, {@code "T"}), or {@code null} when OMEGA sent something else. */
    public static TypeRetourDialogue fromWire(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "P" -> P;
            case "A" -> A;
            case "T" -> T;
            default -> null;
        };
    }
}
