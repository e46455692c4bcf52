/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.Dialogue;
import io.github.omegadit.answer.AbandonReponse;
import io.github.omegadit.answer.CodeRetourInconnu;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DateProgrammee;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.DmdOk;
import io.github.omegadit.answer.DmdOkDD;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.InterventionPossible;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.Message;
import io.github.omegadit.answer.PresenceClient;
import io.github.omegadit.answer.Raison;
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.answer.RecevabiliteReponse;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.error.DitException;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.error.InvalidRequestException;
import io.github.omegadit.error.Violation;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.DatePlage;
import java.io.PrintStream;
import java.util.List;

/**
 * The human-readable output of an answer: a header line ({@code CreerDemandeDIT: P ListeDP, NumeroDemande ...}), the
 * messages as OMEGA sent them, the variant's details, and the command to run next when the dialogue goes on.
 */
final class TextView {

    /** How many (code, motif) pairs to list per line. */
    private static final int PAIRS_PER_LINE = 8;

    private final PrintStream out;
    /** Whether to list every allowed pair of a Recevable (the {@code verifier} command) or only count them. */
    private final boolean allPairs;
    /** Whether to suggest the next command; off in the demo, which runs the next step itself. */
    private final boolean hints;

    TextView(PrintStream out, boolean allPairs, boolean hints) {
        this.out = out;
        this.allPairs = allPairs;
        this.hints = hints;
    }

    void print(RecevabiliteReponse answer, Dialogue dialogue) {
        answer.accept(new Lines(Operation.VERIFIER_RECEVABILITE_DIT, dialogue));
    }

    void print(CreationReponse answer, Dialogue dialogue) {
        answer.accept(new Lines(Operation.CREER_DEMANDE_DIT, dialogue));
    }

    void print(Operation op, RdvReponse answer, Dialogue dialogue) {
        answer.accept(new Lines(op, dialogue));
    }

    void print(Operation op, AbandonReponse answer, Dialogue dialogue) {
        answer.accept(new Lines(op, dialogue));
    }

    /** A failure of the library, for the error stream. */
    static void printError(PrintStream err, DitException e) {
        if (e instanceof InvalidRequestException invalid) {
            err.println(invalid.operation() + " not sent: the request breaks " + invalid.violations().size()
                    + " rule" + (invalid.violations().size() > 1 ? "s" : "") + ":");
            for (Violation v : invalid.violations()) {
                err.println("  " + v);
            }
        } else if (e instanceof DitServiceException service) {
            err.println(service.getMessage());
            err.println(service.mayHaveBeenReceived()
                    ? "  the request may have reached OMEGA: outcome unknown" + (service.retrySafe()
                            ? " (the call is safe to repeat)" : "; do not resend before checking the demande's state")
                    : "  the request was not sent" + (service.retrySafe() ? "; it is safe to try again" : ""));
        } else {
            err.println(e.getMessage());
        }
    }

    static String slot(DatePlage s) {
        return s.date() + " " + s.plage();
    }

    static String slot(DateProgrammee d) {
        String hours = d.heureMin() != null && d.heureMax() != null ? " (" + d.heureMin() + "-" + d.heureMax() + ")"
                : "";
        return d.date() + " " + d.plageHoraire() + hours;
    }

    private final class Lines implements RecevabiliteReponse.Visitor<Void>, CreationReponse.Visitor<Void>,
            RdvReponse.Visitor<Void>, AbandonReponse.Visitor<Void> {

        private final Operation op;
        private final Dialogue dialogue;

        Lines(Operation op, Dialogue dialogue) {
            this.op = op;
            this.dialogue = dialogue;
        }

        private void head(Reponse r) {
            String type = r.typeRetourDialogue() == null ? "?" : r.typeRetourDialogue().name();
            String numero = r.numeroDemande() != null ? r.numeroDemande()
                    : dialogue == null ? null : dialogue.numeroDemande().orElse(null);
            out.println(op + ": " + type + " " + r.codeRetour() + (numero == null ? "" : ", NumeroDemande " + numero));
            for (String m : r.messages()) {
                out.println("  message: " + m);
            }
            if (dialogue != null) {
                for (Violation w : dialogue.warnings()) {
                    out.println("  warning: " + w);
                }
            }
        }

        private void presence(PresenceClient p, List<DatePlage> synchronisables) {
            if (p != null) {
                out.println("  présence client: " + p);
            }
            if (!synchronisables.isEmpty()) {
                out.println("  RDV synchronisables: " + synchronisables);
            }
        }

        private void hint(String text) {
            if (hints) {
                out.println("  next: " + text);
            }
        }

        private String numero() {
            return dialogue == null ? "<NumeroDemande>" : dialogue.numeroDemande().orElse("<NumeroDemande>");
        }

        @Override
        public Void recevable(Recevable a) {
            head(a);
            out.println("  " + a.interventions().size() + " interventions possibles for this PCE"
                    + (allPairs && !a.interventions().isEmpty() ? " (code/motif présence):" : ""));
            if (allPairs) {
                StringBuilder line = new StringBuilder();
                int n = 0;
                for (InterventionPossible i : a.interventions()) {
                    line.append(n % PAIRS_PER_LINE == 0 ? "    " : "  ").append(i.codeIntervention())
                            .append('/').append(i.codeMotif().isEmpty() ? "-" : i.codeMotif())
                            .append(i.presenceClient() == null ? "" : " " + i.presenceClient());
                    if (++n % PAIRS_PER_LINE == 0) {
                        out.println(line);
                        line.setLength(0);
                    }
                }
                if (line.length() > 0) {
                    out.println(line);
                }
            }
            if (a.listeSousTypeDit() != null) {
                out.println("  ListeSousTypeDIT: " + a.listeSousTypeDit());
            }
            return null;
        }

        @Override
        public Void dmdOkDP(DmdOkDP a) {
            head(a);
            if (a.dateProgrammee() != null) {
                out.println("  RDV programmé: " + slot(a.dateProgrammee()));
            }
            presence(a.presenceClient(), a.rdvSynchronisables());
            return null;
        }

        @Override
        public Void dmdOkDD(DmdOkDD a) {
            head(a);
            out.println("  registered at the requested date" + (a.dateDemandee() == null ? "" : " " + a.dateDemandee())
                    + "; a technician will call the customer");
            if (a.codeMessageOmega() != null) {
                out.println("  codeMessageOMEGA: " + a.codeMessageOmega());
            }
            presence(a.presenceClient(), a.rdvSynchronisables());
            return null;
        }

        @Override
        public Void dmdOk(DmdOk a) {
            head(a);
            return null;
        }

        @Override
        public Void message(Message a) {
            head(a);
            if (a.dateDemandee() != null) {
                out.println("  date demandée: " + a.dateDemandee());
            }
            if (a.codeMessageOmega() != null) {
                out.println("  codeMessageOMEGA: " + a.codeMessageOmega());
            }
            presence(a.presenceClient(), a.rdvSynchronisables());
            hint("omega-dit rdv proposer|accepter --numero " + numero() + " --date YYYY-MM-DD --plage PLAGE,"
                    + " or abandonner rdv|demande --numero " + numero());
            return null;
        }

        @Override
        public Void datePlageH(DatePlageH a) {
            head(a);
            out.println("  slot free, to confirm: " + slot(a.dateProgrammee()));
            presence(a.presenceClient(), a.rdvSynchronisables());
            DatePlage s = a.dateProgrammee().datePlage();
            hint("omega-dit rdv accepter --numero " + numero() + " --date " + s.date() + " --plage " + s.plage());
            return null;
        }

        @Override
        public Void listeDP(ListeDP a) {
            head(a);
            out.println("  " + a.creneaux().size() + " slot" + (a.creneaux().size() == 1 ? "" : "s")
                    + " offered (ListeDP):");
            for (DatePlage s : a.creneaux()) {
                out.println("    " + slot(s));
            }
            presence(a.presenceClient(), a.rdvSynchronisables());
            if (!a.creneaux().isEmpty()) {
                DatePlage s = a.creneaux().get(0);
                hint("omega-dit rdv accepter --numero " + numero() + " --date " + s.date() + " --plage " + s.plage()
                        + ", or rdv suivant|precedent --numero " + numero());
            }
            return null;
        }

        @Override
        public Void dmdKo(DmdKo a) {
            head(a);
            for (Raison r : a.raisons()) {
                out.println("  raison: " + describe(r));
            }
            return null;
        }

        @Override
        public Void codeRetourInconnu(CodeRetourInconnu a) {
            head(a);
            out.println("  CodeRetour unknown to this version of omega-dit (TypeRetourDialogue '"
                    + a.typeRetourDialogueBrut() + "'); kept as sent");
            return null;
        }

        @Override
        public Void resultatIncertain(ResultatIncertain a) {
            DitServiceException cause = a.cause();
            out.println(op + ": outcome unknown (ResultatIncertain), " + cause.failure());
            out.println("  the request may have reached OMEGA but no answer came; it was NOT resent");
            out.println("  PCE " + a.numeroPce() + (a.referenceDemande() == null ? ", no ReferenceDemande"
                    : ", ReferenceDemande " + a.referenceDemande()));
            out.println("  check OMEGA's request follow-up for this demande before creating it again");
            out.println("  cause: " + cause.getMessage());
            return null;
        }
    }

    private static String describe(Raison r) {
        if (r instanceof Raison.DonneeIncorrecte d) {
            return "donnée incorrecte " + d.codeChamp() + " / " + d.codeCoherence();
        } else if (r instanceof Raison.PceIncorrectOuInconnu p) {
            return "PCE incorrect ou inconnu " + p.codeErreur();
        } else if (r instanceof Raison.NonRecevable n) {
            return "non recevable " + n.codeErreur();
        } else if (r instanceof Raison.DialogueInterrompu d) {
            return "dialogue interrompu " + d.codeErreur();
        } else if (r instanceof Raison.Fixe f) {
            return f.libelle().name();
        }
        return "unrecognised text (kept as sent)";
    }
}
