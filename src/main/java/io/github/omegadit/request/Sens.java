/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.request;

/** Direction of {@code DemanderPrecSuiv}: the slots before or after the last list offered. */
public enum Sens {
    /** The slots before the last list offered. */
    PRECEDENT("Precedent"),
    /** The slots after the last list offered. */
    SUIVANT("Suivant");

    private final String wire;

    Sens(String wire) {
        this.wire = wire;
    }

    /**
     * The value sent on the wire.
     *
     * @return the wire value
     */
    public String wire() {
        return wire;
    }
}
