/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.DitClient;
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rdv}: the appointment calls of a demande "en attente de RDV", resumed from its NumeroDemande alone
 * ({@link DitClient#resume(String)}): OMEGA keeps no session, so each call is a command of its own.
 */
@Command(name = "rdv", mixinStandardHelpOptions = true,
        description = "Appointment calls of a demande awaiting an appointment (by NumeroDemande).",
        subcommands = {RdvCommand.Proposer.class, RdvCommand.Suivant.class, RdvCommand.Precedent.class,
                RdvCommand.Accepter.class})
final class RdvCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing subcommand: proposer, suivant, precedent or accepter");
    }

    /** The options and the single call shared by the appointment commands. */
    abstract static class RdvCall extends DialogueCommand {

        @Option(names = "--numero", required = true, paramLabel = "NUMERO", order = 1,
                description = "NumeroDemande given by CreerDemandeDIT.")
        String numero;

        RdvCall(CliContext ctx) {
            super(ctx);
        }

        abstract RdvReponse send();

        @Override
        int run(DitClient client) {
            dialogue = client.resume(numero);
            RdvReponse answer = send();
            if (json) {
                printJson(JsonView.of(operation(), answer, dialogue));
            } else {
                new TextView(ctx.out(), false, true).print(operation(), answer, dialogue);
            }
            return ExitCodes.of(answer);
        }
    }

    /** A call that names a slot. */
    abstract static class SlotCall extends RdvCall {

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", order = 2,
                converter = Converters.DateConverter.class, description = "Date of the slot.")
        LocalDate date;

        @Option(names = "--plage", required = true, paramLabel = "PLAGE", order = 3,
                description = "Plage of the slot, e.g. MATIN.")
        String plage;

        SlotCall(CliContext ctx) {
            super(ctx);
        }
    }

    @Command(name = "proposer", mixinStandardHelpOptions = true, sortOptions = false,
            description = "ProposerDatePlage: proposes another date and plage; OMEGA answers DatePlageH (free: "
                    + "accept it) or ListeDP. The date proposed becomes the demande's requested date.")
    static final class Proposer extends SlotCall {
        Proposer(CliContext ctx) {
            super(ctx);
        }

        @Override
        Operation operation() {
            return Operation.PROPOSER_DATE_PLAGE;
        }

        @Override
        RdvReponse send() {
            return dialogue.proposerDatePlage(new DatePlage(date, plage));
        }
    }

    @Command(name = "accepter", mixinStandardHelpOptions = true, sortOptions = false,
            description = "AccepterRdv: books a slot OMEGA offered; T DmdOkDP when programmed.")
    static final class Accepter extends SlotCall {
        Accepter(CliContext ctx) {
            super(ctx);
        }

        @Override
        Operation operation() {
            return Operation.ACCEPTER_RDV;
        }

        @Override
        RdvReponse send() {
            return dialogue.accepterRdv(new DatePlage(date, plage));
        }
    }

    @Command(name = "suivant", mixinStandardHelpOptions = true, sortOptions = false,
            description = "DemanderPrecSuiv Suivant: the slots after the last list offered.")
    static final class Suivant extends RdvCall {
        Suivant(CliContext ctx) {
            super(ctx);
        }

        @Override
        Operation operation() {
            return Operation.DEMANDER_PREC_SUIV;
        }

        @Override
        RdvReponse send() {
            return dialogue.demanderPrecSuiv(Sens.SUIVANT);
        }
    }

    @Command(name = "precedent", mixinStandardHelpOptions = true, sortOptions = false,
            description = "DemanderPrecSuiv Precedent: the slots before the last list offered.")
    static final class Precedent extends RdvCall {
        Precedent(CliContext ctx) {
            super(ctx);
        }

        @Override
        Operation operation() {
            return Operation.DEMANDER_PREC_SUIV;
        }

        @Override
        RdvReponse send() {
            return dialogue.demanderPrecSuiv(Sens.PRECEDENT);
        }
    }
}
