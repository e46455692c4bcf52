/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

/** Whether the customer must be present at the intervention. */
public enum PresenceClient {
    /** Présence obligatoire. */
    PO,
    /** Présence non obligatoire. */
    PNO,
    /** Présence souhaitée. */
    PS
}
