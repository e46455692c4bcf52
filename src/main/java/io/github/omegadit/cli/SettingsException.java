/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

/** A connection setting is missing or has a bad value; nothing was sent (exit code 2). Never carries a password. */
final class SettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SettingsException(String message) {
        super(message);
    }

    SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
