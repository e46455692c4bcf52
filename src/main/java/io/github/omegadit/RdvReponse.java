package io.github.omegadit;

/** Answer to {@code ProposerDatePlage}, {@code DemanderPrecSuiv} and {@code AccepterRdv}. */
public sealed interface RdvReponse permits DmdOkDP, DmdOkDD, DatePlageH, ListeDP, DmdKo, CodeRetourInconnu {}
