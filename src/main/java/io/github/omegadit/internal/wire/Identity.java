/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.wire;

/**
 * The supplier identity block every request starts with, as on the wire: the client builds it once from its
 * settings, the simulator reads it from each request (where NumeroVersion may be anything).
 *
 * @param dnEntreprise  DNEntreprise
 * @param numeroCad     NumeroCAD
 * @param login         Utilisateur.Login, {@code null} when the request has no Utilisateur
 * @param numeroVersion NumeroVersion as sent, e.g. {@code V10}
 */
public record Identity(String dnEntreprise, String numeroCad, String login, String numeroVersion) {}
