package io.github.omegadit;

/**
 * Answer to {@code CreerDemandeDIT}. {@link DatePlageH}, {@link ListeDP} and {@link Message} open the appointment
 * step; {@link DmdOkDP}, {@link DmdOkDD} and {@link DmdOk} end the dialogue; {@link DmdKo} abandons it;
 * {@link ResultatIncertain} means the request may have reached OMEGA but no answer came.
 */
public sealed interface CreationReponse
        permits DmdOkDP, DmdOkDD, DmdOk, Message, DatePlageH, ListeDP, DmdKo, CodeRetourInconnu, ResultatIncertain {}
