/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

/**
 * The personal-data masking of payload logging ({@code Nom}, {@code Telephone}, {@code CodeAcces},
 * {@code ComplementAdresse}, {@code TelephoneFournisseur}), for other parts of the library that write payloads out:
 * the simulator's recordings. One masking for every payload the library writes.
 */
public final class PayloadMask {

    private PayloadMask() {}

    /** {@code xml} with the text of the personal-data elements replaced by {@code ****}. */
    public static String mask(String xml) {
        return PayloadLogging.mask(xml);
    }
}
