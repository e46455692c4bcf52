/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.error;

/**
 * One broken rule in a request.
 *
 * @param ruleId   the rule, {@code R1} ... {@code R11}
 * @param field    path of the field, with the guide's names, e.g. {@code Demande.ContactIntervention.Telephone}
 * @param message  what is wrong and how to fix it, for an operator
 * @param severity {@link Severity#ERROR} refuses the request in strict mode; {@link Severity#WARNING} never does
 */
public record Violation(String ruleId, String field, String message, Severity severity) {

    /** Rule severity. */
    public enum Severity {
        /** The request would be refused by OMEGA or is dangerous to send. */
        ERROR,
        /** Sent as is, but the caller should know (e.g. rule R11 truncation on the work order). */
        WARNING
    }

    /** An error-level violation. */
    public static Violation error(String ruleId, String field, String message) {
        return new Violation(ruleId, field, message, Severity.ERROR);
    }

    /** A warning-level violation. */
    public static Violation warning(String ruleId, String field, String message) {
        return new Violation(ruleId, field, message, Severity.WARNING);
    }

    /** True for {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return "[" + ruleId + "] " + field + ": " + message + (severity == Severity.WARNING ? " (warning)" : "");
    }
}
