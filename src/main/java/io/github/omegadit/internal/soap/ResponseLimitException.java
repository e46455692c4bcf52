/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import java.io.IOException;

/** An answer exceeded a configured size limit and was refused while being read. */
final class ResponseLimitException extends IOException {

    private static final long serialVersionUID = 1L;

    ResponseLimitException(String message) {
        super(message);
    }
}
