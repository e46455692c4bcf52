/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

/**
 * The journal cannot be read or written (database down, disk full, schema newer than this library). A campaign
 * stops at once: no state-changing call leaves without its intent written, and a creation whose answer could not be
 * recorded stays in flight in the journal, so the next run makes it {@link Statut#UNCERTAIN}.
 */
public final class JournalException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** A journal failure, with its cause (usually a {@link java.sql.SQLException}). */
    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
