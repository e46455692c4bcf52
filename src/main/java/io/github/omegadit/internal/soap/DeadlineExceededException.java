/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import java.io.IOException;

/** The call's deadline passed while its answer was being read. */
final class DeadlineExceededException extends IOException {

    private static final long serialVersionUID = 1L;

    DeadlineExceededException() {
        super("call deadline passed while reading the answer");
    }
}
