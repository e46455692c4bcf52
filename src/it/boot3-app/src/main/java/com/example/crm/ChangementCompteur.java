/*
 * SPDX-License-Identifier: Apache-2.0
 */
package com.example.crm;

import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.VerifierRecevabilite;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** The CRM's use of OMEGA: a meter change, booked at the first slot offered. */
@Service
public class ChangementCompteur {

    private final DitClient omega;

    public ChangementCompteur(DitClient omega) {
        this.omega = omega;
    }

    public Reponse demander(String pce, String codePostal, String reference, LocalDate date) {
        Dialogue dit = omega.newDialogue();
        Reponse r = dit.verifierRecevabilite(VerifierRecevabilite.pce(pce).codePostal(codePostal));
        if (!(r instanceof Recevable)) {
            return r;
        }
        CreationReponse created = dit.creerDemande(CreerDemande.builder().numeroPce(pce).referenceDemande(reference)
                .codeIntervention("34").codeMotif("23").rdv(date, "MATIN").build());
        if (created instanceof DatePlageH h) {
            return dit.accepterRdv(h.dateProgrammee().datePlage());
        }
        if (created instanceof ListeDP l) {
            return dit.accepterRdv(l.creneaux().get(0));
        }
        return created;
    }

    public Reponse verifier(String pce) {
        return omega.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(pce));
    }
}
