package io.github.omegadit;

/** Answer to {@code VerifierRecevabiliteDIT}: receivable, refused, or a code this library does not know. */
public sealed interface RecevabiliteReponse permits Recevable, DmdKo, CodeRetourInconnu {}
