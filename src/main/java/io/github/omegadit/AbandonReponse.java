package io.github.omegadit;

/**
 * Answer to {@code AbandonnerRdv} (normally {@link DmdOkDD}: kept at the requested date) and
 * {@code AbandonnerDemande} (normally {@link DmdKo} with reason "Demande abandonnée").
 */
public sealed interface AbandonReponse permits DmdOkDD, DmdKo, CodeRetourInconnu {}
