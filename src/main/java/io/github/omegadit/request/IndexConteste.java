/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.request;

import java.time.LocalDate;

/**
 * The index the customer contests, mandatory for the meter-data checks G1 and 253 (rule R4).
 *
 * @param typeIndex the Annexe C index type
 * @param valeur    the index value (ValeurIndexReleve), as written on the meter
 * @param date      the date of that index (DateIndexConteste)
 */
public record IndexConteste(TypeIndex typeIndex, String valeur, LocalDate date) {}
