/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.request;

import io.github.omegadit.DitClient;

/**
 * Input of {@code VerifierRecevabiliteDIT} (guide §3.2.1): the PCE and, optionally, its postal code, which lets
 * OMEGA catch a mistyped PCE number. The supplier identity comes from the {@link DitClient}.
 *
 * <pre>{@code
 * VerifierRecevabilite.pce("GI123456").codePostal("75011")
 * }</pre>
 *
 * @param numeroPce  the PCE number
 * @param codePostal five digits, or {@code null}
 */
public record VerifierRecevabilite(String numeroPce, String codePostal) {

    /**
     * A check for this PCE, without postal code.
     *
     * @param numeroPce the PCE number
     * @return the request
     */
    public static VerifierRecevabilite pce(String numeroPce) {
        return new VerifierRecevabilite(numeroPce, null);
    }

    /**
     * A copy with the postal code set.
     *
     * @param codePostal five digits, or {@code null}
     * @return the request
     */
    public VerifierRecevabilite codePostal(String codePostal) {
        return new VerifierRecevabilite(numeroPce, codePostal);
    }
}
