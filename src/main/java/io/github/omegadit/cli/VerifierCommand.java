/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.DitClient;
import io.github.omegadit.answer.RecevabiliteReponse;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.VerifierRecevabilite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verifier}: VerifierRecevabiliteDIT alone, to see whether a DIT is receivable for a PCE and which pairs. */
@Command(name = "verifier", mixinStandardHelpOptions = true, sortOptions = false,
        description = "VerifierRecevabiliteDIT: is a DIT receivable for this PCE, and which (code, motif) pairs "
                + "does OMEGA allow for it?")
final class VerifierCommand extends DialogueCommand {

    @Option(names = "--pce", required = true, paramLabel = "PCE", order = 1, description = "NumeroPCE.")
    String pce;

    @Option(names = "--code-postal", paramLabel = "CP", order = 2,
            description = "CodePostal of the PCE (5 digits), to catch a mistyped PCE number.")
    String codePostal;

    VerifierCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    Operation operation() {
        return Operation.VERIFIER_RECEVABILITE_DIT;
    }

    @Override
    int run(DitClient client) {
        dialogue = client.newDialogue();
        RecevabiliteReponse answer = dialogue.verifierRecevabilite(new VerifierRecevabilite(pce, codePostal));
        if (json) {
            printJson(JsonView.of(answer, dialogue));
        } else {
            new TextView(ctx.out(), true, false).print(answer, dialogue);
        }
        return ExitCodes.of(answer);
    }
}
