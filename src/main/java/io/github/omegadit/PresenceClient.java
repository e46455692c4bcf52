package io.github.omegadit;

/** Whether the customer must be present at the intervention. */
public enum PresenceClient {
    /** Présence obligatoire. */
    PO,
    /** Présence non obligatoire. */
    PNO,
    /** Présence souhaitée. */
    PS
}
