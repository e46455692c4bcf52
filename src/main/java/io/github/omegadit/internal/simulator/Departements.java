/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

/** The département a French postal code belongs to, for the guide's CodePostal check (§3.2.1.2). */
public final class Departements {

    private Departements() {}

    /**
     * The first two digits, three for overseas (97x, 98x). Corsica's 2A and 2B share postal codes 20xxx and are one
     * here: a postal code cannot tell them apart.
     */
    public static String of(String codePostal) {
        return codePostal.startsWith("97") || codePostal.startsWith("98")
                ? codePostal.substring(0, 3) : codePostal.substring(0, 2);
    }
}
