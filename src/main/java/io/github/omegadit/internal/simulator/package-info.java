/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The simulator's server side, on typed values. {@link io.github.omegadit.internal.simulator.SimulatorServer} is the
 * JDK HTTP server; it reads each request with the wire layer ({@code internal.wire.ServerCodec}) into a typed
 * {@code Request} and hands it to {@link io.github.omegadit.internal.simulator.DialogueEngine}, which logs it on
 * arrival and answers with the records of {@code io.github.omegadit.answer}. The engine is split by job: OMEGA's
 * checks ({@code Controles}), the directory of suppliers and PCEs ({@code Directory}, seeded by {@code Seed}), the
 * slot search ({@code SlotSearch}) on the calendar ({@code AppointmentBook}, {@code WorkingDays}), the demandes and
 * the call log ({@code DemandeStore}), the forced answers ({@code ForcedAnswers}) and what they do to the demandes
 * ({@code ForcedEffects}), the clock tests advance ({@code AdjustableClock}). Beside it: the admin API
 * ({@code AdminApi}, its JSON in {@code AdminJson}, read and written with {@code internal.json}), the recording of
 * exchanges ({@code Recording}), the server's lifecycle ({@code ServerHolder}) and {@code Description}. No generated
 * JAXB type is used here. Not API: use {@link io.github.omegadit.simulator.OmegaSimulator}.
 */
package io.github.omegadit.internal.simulator;
