/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.simulator.OmegaSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the command line in this process, with its own streams and environment, and keeps what it printed. */
final class Cli {

    /**
     * What one run left.
     *
     * @param code the exit code
     * @param out  the standard output
     * @param err  the error stream
     */
    record Run(int code, String out, String err) {

        /** The standard output as one JSON object. */
        Map<String, Object> json() {
            return StrictJson.object(out);
        }

        /** Both streams, to check what must never appear anywhere. */
        String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Cli() {}

    /** The demo supplier's settings for a simulator at {@code endpoint}, as environment variables. */
    static Map<String, String> demoEnv(URI endpoint) {
        Map<String, String> env = new HashMap<>();
        env.put("OMEGA_ENDPOINT", endpoint.toString());
        env.put("OMEGA_DN_ENTREPRISE", OmegaSimulator.DEMO_DN_ENTREPRISE);
        env.put("OMEGA_NUMERO_CAD", OmegaSimulator.DEMO_NUMERO_CAD);
        env.put("OMEGA_LOGIN", OmegaSimulator.DEMO_LOGIN);
        return env;
    }

    static Run run(Map<String, String> env, String... args) {
        return run(env, hook -> {
            throw new AssertionError("no command but simulator registers a shutdown hook");
        }, args);
    }

    static Run run(Map<String, String> env, CliContext.ShutdownHooks hooks, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e, env, hooks);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object jsonArray) {
        return (List<Map<String, Object>>) jsonArray;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object jsonObject) {
        return (Map<String, Object>) jsonObject;
    }
}
