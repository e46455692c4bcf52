/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.error.DitException;
import io.github.omegadit.protocol.Operation;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A command that calls OMEGA: resolves the connection settings, builds a client, runs its calls, prints each answer
 * (text, or one JSON object with {@code --json}) and returns the exit code of {@link ExitCodes}. Failures of the
 * library and of the settings are printed here, in the same two forms.
 */
abstract class DialogueCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--json", order = 90,
            description = "Print the answer as one JSON object on the standard output.")
    boolean json;

    final CliContext ctx;
    /** The dialogue in progress, for the state reported with a failure. */
    Dialogue dialogue;
    /** The receivability answer already printed as JSON by {@code creer}, nested in what follows. */
    Map<String, Object> recevabilite;

    DialogueCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** The call this command ends with, named in a JSON usage error. */
    abstract Operation operation();

    /** Runs the calls; returns the exit code. */
    abstract int run(DitClient client);

    @Override
    public final Integer call() {
        DitClient client;
        try {
            client = Settings.resolve(connection, ctx.env()).client();
        } catch (SettingsException e) {
            return usageError(e.getMessage());
        }
        try (client) {
            return run(client);
        } catch (DitException e) {
            if (json) {
                printJson(JsonView.of(e, dialogue));
            } else {
                TextView.printError(ctx.err(), e);
            }
            return ExitCodes.of(e);
        } catch (IllegalArgumentException e) {
            // a value the library refuses before sending (e.g. a blank NumeroDemande)
            return usageError(e.getMessage());
        }
    }

    int usageError(String message) {
        if (json) {
            printJson(JsonView.usageError(operation(), message));
        }
        ctx.err().println("omega-dit: " + message);
        return ExitCodes.USAGE;
    }

    /** Prints the object, with the receivability answer nested when {@code creer} got one. */
    void printJson(Map<String, Object> object) {
        if (recevabilite != null && object != recevabilite) {
            object.put("recevabilite", recevabilite);
        }
        ctx.out().println(Json.write(object));
    }
}
