/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.request;

import io.github.omegadit.protocol.NumeroVersion;

/**
 * Who the technician contacts on site. These values are printed on the technician's work order, which truncates
 * {@code nom} to 15, {@code codeAcces} to 5 and {@code complementAdresse} to 60 characters (rule R11: a warning, the
 * value is sent as given). From NumeroVersion V8 the telephone must be digits only (rule R3); see
 * {@link io.github.omegadit.rules.Telephones#digitsOnly(String)} to convert written forms explicitly.
 *
 * @param nom               name or company name, or {@code null}
 * @param telephone         telephone, or {@code null}
 * @param codeAcces         access code to the premises, or {@code null}
 * @param complementAdresse access details, or {@code null}
 */
public record ContactIntervention(String nom, String telephone, String codeAcces, String complementAdresse) {}
