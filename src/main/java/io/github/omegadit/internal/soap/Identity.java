/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import io.github.omegadit.protocol.NumeroVersion;

/**
 * The supplier identity block every request starts with.
 *
 * @param dnEntreprise  DNEntreprise
 * @param numeroCad     NumeroCAD
 * @param login         Utilisateur.Login
 * @param numeroVersion NumeroVersion
 * @param numeroVersionText its wire form, e.g. {@code V10}
 */
public record Identity(String dnEntreprise, String numeroCad, String login, NumeroVersion numeroVersion,
        String numeroVersionText) {

    /** An identity; the wire form of the version is computed once, not on every call. */
    public Identity(String dnEntreprise, String numeroCad, String login, NumeroVersion numeroVersion) {
        this(dnEntreprise, numeroCad, login, numeroVersion, numeroVersion.toString());
    }
}
