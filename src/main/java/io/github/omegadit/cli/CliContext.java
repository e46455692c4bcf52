/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may touch of its process, injected so that tests run commands in-process: the output and error
 * streams, the environment (read for the {@code OMEGA_*} settings), and the registration of shutdown hooks (the
 * standalone simulator stops on Ctrl-C or SIGTERM).
 *
 * @param out   results (and the JSON object with {@code --json})
 * @param err   diagnostics, usage and failures
 * @param env   the environment variables
 * @param hooks where to register a shutdown hook
 */
record CliContext(PrintStream out, PrintStream err, Map<String, String> env, ShutdownHooks hooks) {

    /** Registers code to run when the process is asked to stop. */
    @FunctionalInterface
    interface ShutdownHooks {
        /** The JVM's own: the hook runs on Ctrl-C, SIGTERM or {@code System.exit}. */
        ShutdownHooks RUNTIME = hook -> Runtime.getRuntime().addShutdownHook(hook);

        /** Registers {@code hook}, a thread not started yet. */
        void add(Thread hook);
    }

    CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        Objects.requireNonNull(hooks, "hooks");
    }
}
