/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

/**
 * Told of every step a dialogue takes: the hook for journals, metrics and audit trails. Register listeners on the
 * client ({@link DitClient.Builder#listener(DialogueListener)}); every dialogue of that client calls them.
 *
 * <p>Listeners run on the caller's thread, after the dialogue's state has moved and before the call returns, in the
 * order they were added; keep them short. A listener that throws is logged and ignored: it can neither undo the
 * transition nor change the answer the caller gets.
 *
 * <pre>{@code
 * DitClient client = DitClient.builder()
 *         ...
 *         .listener(e -> log.info("{} {}: {} -> {}", e.numeroPce(), e.transition().operation(),
 *                 e.transition().from(), e.transition().to()))
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface DialogueListener {

    /** A call of a dialogue came back (with an answer, or, for the creation, with none) and the state moved. */
    void onTransition(DialogueEvent event);
}
