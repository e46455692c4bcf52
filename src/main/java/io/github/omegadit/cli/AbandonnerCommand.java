/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.DitClient;
import io.github.omegadit.answer.AbandonReponse;
import io.github.omegadit.answer.AnnexeA;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.Raison;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.protocol.Operation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code abandonner}: the two stop calls of a demande awaiting an appointment, by NumeroDemande. */
@Command(name = "abandonner", mixinStandardHelpOptions = true,
        description = "Stops the appointment step (rdv) or abandons the demande (demande).",
        subcommands = {AbandonnerCommand.Rdv.class, AbandonnerCommand.Demande.class})
final class AbandonnerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: rdv or demande");
    }

    /** The option and the call shared by the two stop commands. */
    abstract static class StopCall extends DialogueCommand {

        @Option(names = "--numero", required = true, paramLabel = "NUMERO", order = 1,
                description = "NumeroDemande given by CreerDemandeDIT.")
        String numero;

        StopCall(CliContext ctx) {
            super(ctx);
        }

        @Override
        int run(DitClient client) {
            dialogue = client.resume(numero);
            AbandonReponse answer = operation() == Operation.ABANDONNER_RDV ? dialogue.abandonnerRdv()
                    : dialogue.abandonnerDemande();
            if (json) {
                printJson(JsonView.of(operation(), answer, dialogue));
            } else {
                new TextView(ctx.out(), false, false).print(operation(), answer, dialogue);
            }
            // "Demande abandonnée" is the answer AbandonnerDemande asks for: success, not a refusal
            if (answer instanceof DmdKo ko && operation() == Operation.ABANDONNER_DEMANDE
                    && ko.has(AnnexeA.Libelle.DEMANDE_ABANDONNEE)) {
                return ExitCodes.OK;
            }
            return ExitCodes.of(answer);
        }
    }

    @Command(name = "rdv", mixinStandardHelpOptions = true, sortOptions = false,
            description = "AbandonnerRdv: no appointment now; the demande is kept at its requested date (T DmdOkDD).")
    static final class Rdv extends StopCall {
        Rdv(CliContext ctx) {
            super(ctx);
        }

        @Override
        Operation operation() {
            return Operation.ABANDONNER_RDV;
        }
    }

    @Command(name = "demande", mixinStandardHelpOptions = true, sortOptions = false,
            description = "AbandonnerDemande: abandons the demande (A DmdKo \"Demande abandonnée\": exit code 0; "
                    + "any other A answer: 3).")
    static final class Demande extends StopCall {
        Demande(CliContext ctx) {
            super(ctx);
        }

        @Override
        Operation operation() {
            return Operation.ABANDONNER_DEMANDE;
        }
    }
}
