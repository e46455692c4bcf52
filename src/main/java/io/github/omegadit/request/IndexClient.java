/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.request;

import java.time.LocalDate;

/**
 * The index the customer reads, mandatory for the meter-data checks G1 and 253 (rule R4).
 *
 * @param valeur the index value (ValeurIndexClient)
 * @param date   the date of the reading (DateIndexClient)
 */
public record IndexClient(String valeur, LocalDate date) {}
