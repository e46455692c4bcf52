package io.github.omegadit.rules;

/** Telephone helpers for rule R3. PLACEHOLDER: implemented under issue 4. */
public final class Telephones {

    private Telephones() {}

    /** Converts a written telephone to digits only. */
    public static String digitsOnly(String written) {
        return written;
    }
}
