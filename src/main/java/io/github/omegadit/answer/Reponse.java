/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.protocol.TypeRetourDialogue;
import java.util.List;
import java.util.Optional;

/**
 * The result of a call of the dialogue: an answer OMEGA gave, one record per row of the guide's Annexe A
 * ({@link AnnexeA}); {@link CodeRetourInconnu} for an answer this version of the library does not know; or
 * {@link ResultatIncertain} when a creation may have reached OMEGA and no answer came. Every answer keeps OMEGA's
 * TypeRetourDialogue, CodeRetour and messages as sent.
 *
 * <p>Each step of the dialogue returns a narrower sealed subtype ({@link RecevabiliteReponse},
 * {@link CreationReponse}, {@link RdvReponse}, {@link AbandonReponse}) so that a {@code switch} over it, or its
 * {@code Visitor}, is checked for exhaustiveness by the compiler; what every answer has is here, with no cast:
 * {@code dit.accepterRdv(slot).typeRetourDialogue()}.
 */
public sealed interface Reponse permits RecevabiliteReponse, CreationReponse, RdvReponse, AbandonReponse {

    /** The row of Annexe A this answer is; empty for {@link CodeRetourInconnu} and {@link ResultatIncertain}. */
    Optional<AnnexeA> annexeA();

    /**
     * P, A or T; {@code null} for a {@link ResultatIncertain} (no answer) and for a {@link CodeRetourInconnu} whose
     * type OMEGA sent as something else.
     */
    default TypeRetourDialogue typeRetourDialogue() {
        return annexeA().map(AnnexeA::typeRetourDialogue).orElse(null);
    }

    /** The CodeRetour as sent; {@code null} for a {@link ResultatIncertain}. */
    default String codeRetour() {
        return annexeA().map(AnnexeA::codeRetour).orElse(null);
    }

    /** The MessageRetour texts as sent, in order; empty for a {@link ResultatIncertain}. */
    List<String> messages();

    /** The NumeroDemande OMEGA gave in this answer, or {@code null} when it gave none. */
    String numeroDemande();
}
