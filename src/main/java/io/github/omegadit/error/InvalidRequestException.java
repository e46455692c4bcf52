/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.error;

import io.github.omegadit.protocol.Operation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The request breaks one or more business rules (R1-R11) or contract constraints; nothing was sent. Every violation
 * is reported, each with its field path, rule id and message.
 */
public final class InvalidRequestException extends DitClientException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** An exception listing {@code violations} (at least one). */
    public InvalidRequestException(Operation operation, String numeroDemande, List<Violation> violations) {
        super(operation, numeroDemande, describe(operation, violations));
        this.violations = List.copyOf(violations);
    }

    /** Every violation found, in field order. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(Operation operation, List<Violation> violations) {
        return operation + " not sent: " + violations.size() + " rule violation"
                + (violations.size() > 1 ? "s" : "") + "\n"
                + violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n"));
    }
}
