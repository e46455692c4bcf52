/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.protocol.TypeRetourDialogue;
import java.util.List;

/**
 * An answer OMEGA gave, one record per row of the guide's Annexe A, plus {@link Recevable} for the receivability
 * check and {@link CodeRetourInconnu} for anything this version of the library does not know. Every answer keeps
 * OMEGA's TypeRetourDialogue, CodeRetour and messages as sent.
 *
 * <p>Each step of the dialogue returns a narrower sealed type ({@link RecevabiliteReponse},
 * {@link CreationReponse}, {@link RdvReponse}, {@link AbandonReponse}) so that a {@code switch} over it is checked
 * for exhaustiveness by the compiler.
 */
public sealed interface Reponse
        permits Recevable, DmdOkDP, DmdOkDD, DmdOk, Message, DatePlageH, ListeDP, DmdKo, CodeRetourInconnu {

    /** P, A or T; {@code null} only in a {@link CodeRetourInconnu} whose type OMEGA sent as something else. */
    TypeRetourDialogue typeRetourDialogue();

    /** The CodeRetour as sent. */
    String codeRetour();

    /** The MessageRetour texts as sent, in order. */
    List<String> messages();

    /** The NumeroDemande OMEGA gave in this answer, or {@code null} when it gave none. */
    String numeroDemande();
}
