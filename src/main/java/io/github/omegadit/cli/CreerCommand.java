/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.DitClient;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.RecevabiliteReponse;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.protocol.DialogueState;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.IndexClient;
import io.github.omegadit.request.IndexConteste;
import io.github.omegadit.request.Segment;
import io.github.omegadit.request.VerifierRecevabilite;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code creer}: VerifierRecevabiliteDIT then CreerDemandeDIT in one dialogue, so the receivability answer is the
 * authority for the (code, motif) check, as in the library. Stops after a refused receivability check.
 */
@Command(name = "creer", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"VerifierRecevabiliteDIT then CreerDemandeDIT: creates a DIT and prints both answers.",
                "With a 6M or 1M PCE, the demande then awaits an appointment: see the rdv and abandonner commands."})
final class CreerCommand extends DialogueCommand {

    @Option(names = "--pce", required = true, paramLabel = "PCE", order = 1, description = "Demande.NumeroPCE.")
    String pce;

    @Option(names = "--code-postal", paramLabel = "CP", order = 2, description = "Demande.CodePostal (5 digits).")
    String codePostal;

    @Option(names = "--reference", paramLabel = "REF", order = 3,
            description = "DonneesFournisseur.ReferenceDemande: your own reference, to find the demande again if "
                    + "the outcome is unknown.")
    String reference;

    @Option(names = "--telephone-fournisseur", paramLabel = "TEL", order = 4,
            description = "DonneesFournisseur.TelephoneFournisseur.")
    String telephoneFournisseur;

    @Option(names = "--groupe", paramLabel = "GROUPE", order = 5,
            description = "DonneesFournisseur.GroupeAppartenance.")
    String groupe;

    @Option(names = "--commentaire", paramLabel = "TEXT", order = 6, description = "Demande.Commentaire.")
    String commentaire;

    @Option(names = "--code", paramLabel = "CODE", order = 7,
            description = "CodeLibelleIntervention (Annexe B), e.g. 34.")
    String code;

    @Option(names = "--motif", paramLabel = "MOTIF", order = 8,
            description = "CodeMotifIntervention (Annexe B), e.g. 23; omit for codes without motif.")
    String motif;

    @Option(names = "--express", order = 9, description = "OptionExpress 1 (express codes only: Z8, 206, 207, 243).")
    boolean express;

    @Option(names = "--index-conteste", paramLabel = "TYPE:VALEUR:DATE", order = 10,
            converter = Converters.IndexContesteConverter.class,
            description = "IndexConteste for G1 and 253: Annexe C type 01-06, index, date, e.g. 02:12345:2026-11-02.")
    IndexConteste indexConteste;

    @Option(names = "--index-client", paramLabel = "VALEUR:DATE", order = 11,
            converter = Converters.IndexClientConverter.class,
            description = "IndexClient for G1 and 253, e.g. 12400:2026-11-20.")
    IndexClient indexClient;

    @Option(names = "--precision", paramLabel = "TEXT", order = 12,
            description = "PrecisionIntervention (required with a motif labelled \"Autre\").")
    String precision;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", order = 13, converter = Converters.DateConverter.class,
            description = "RdvDemande.Date: the appointment date wished.")
    LocalDate date;

    @Option(names = "--plage", paramLabel = "PLAGE", order = 14,
            description = "RdvDemande.Plage, required for 6M and 1M PCEs (e.g. MATIN).")
    String plage;

    @Option(names = "--contact-nom", paramLabel = "NOM", order = 15, description = "ContactIntervention.Nom.")
    String contactNom;

    @Option(names = "--contact-telephone", paramLabel = "TEL", order = 16,
            description = "ContactIntervention.Telephone (digits only from V8).")
    String contactTelephone;

    @Option(names = "--code-acces", paramLabel = "CODE", order = 17,
            description = "ContactIntervention.CodeAcces.")
    String codeAcces;

    @Option(names = "--complement-adresse", paramLabel = "TEXT", order = 18,
            description = "ContactIntervention.ComplementAdresse.")
    String complementAdresse;

    @Option(names = "--segment", paramLabel = "SEGMENT", order = 19, converter = Converters.SegmentConverter.class,
            description = "The PCE's Annexe B segment if known (6M, 6M_TLRV_1M, JJ_JM_MM); never sent.")
    Segment segment;

    CreerCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    Operation operation() {
        return Operation.CREER_DEMANDE_DIT;
    }

    CreerDemande demande() {
        boolean anyContact = contactNom != null || contactTelephone != null || codeAcces != null
                || complementAdresse != null;
        return CreerDemande.builder()
                .numeroPce(pce).codePostal(codePostal)
                .referenceDemande(reference).telephoneFournisseur(telephoneFournisseur).groupeAppartenance(groupe)
                .commentaire(commentaire)
                .codeIntervention(code).codeMotif(motif).optionExpress(express)
                .indexConteste(indexConteste).indexClient(indexClient).precisionIntervention(precision)
                .rdv(date, plage)
                .contact(anyContact ? new ContactIntervention(contactNom, contactTelephone, codeAcces,
                        complementAdresse) : null)
                .segment(segment)
                .build();
    }

    @Override
    int run(DitClient client) {
        TextView text = new TextView(ctx.out(), false, true);
        dialogue = client.newDialogue();
        RecevabiliteReponse checked = dialogue.verifierRecevabilite(new VerifierRecevabilite(pce, codePostal));
        if (dialogue.state() != DialogueState.RECEIVABLE) {
            if (json) {
                printJson(JsonView.of(checked, dialogue));
            } else {
                text.print(checked, dialogue);
                ctx.err().println("omega-dit: not receivable, CreerDemandeDIT not sent");
            }
            // the demande was not created: even an odd T answer to the check ends the dialogue without one
            int code = ExitCodes.of(checked);
            return code == ExitCodes.OK ? ExitCodes.REFUSED : code;
        }
        if (json) {
            recevabilite = JsonView.of(checked, dialogue);
        } else {
            text.print(checked, dialogue);
        }
        CreationReponse created = dialogue.creerDemande(demande());
        if (json) {
            printJson(JsonView.of(created, dialogue));
        } else {
            text.print(created, dialogue);
        }
        return ExitCodes.of(created);
    }
}
