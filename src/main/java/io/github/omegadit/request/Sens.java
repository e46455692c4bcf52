package io.github.omegadit.request;

/** Direction of {@code DemanderPrecSuiv}: the slots before or after the last list offered. */
public enum Sens {
    PRECEDENT("Precedent"),
    SUIVANT("Suivant");

    private final String wire;

    Sens(String wire) {
        this.wire = wire;
    }

    /** The value sent on the wire. */
    public String wire() {
        return wire;
    }
}
