/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The campaign runner's machinery, not API: the journal's SQL ({@code JdbcStore}, {@code Schema}, {@code Dialect}),
 * runner liveness ({@code Leases}), the run loop ({@code Execution}) and one demande's dialogue
 * ({@code DemandeWorker}), and the campaign file's columns ({@code DemandeCodec}).
 */
package io.github.omegadit.internal.campagne;
