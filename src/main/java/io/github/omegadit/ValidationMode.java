/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import io.github.omegadit.error.InvalidRequestException;

/**
 * What the client does with rule violations before sending. OMEGA has the last word (guide §3.1: the XSD is not the
 * full truth), so a supplier can send what this library's tables do not know yet.
 */
public enum ValidationMode {
    /** Refuse a request with any error-level violation ({@link InvalidRequestException}); log warnings. Default. */
    STRICT,
    /** Log every violation as a warning and send anyway. */
    WARN_ONLY,
    /** Do not check business rules. Contract constraints (required fields, formats) are still enforced by OMEGA. */
    OFF
}
