package io.github.omegadit.internal.soap;

import io.github.omegadit.NumeroVersion;

/**
 * The supplier identity block every request starts with.
 *
 * @param dnEntreprise  DNEntreprise
 * @param numeroCad     NumeroCAD
 * @param login         Utilisateur.Login
 * @param numeroVersion NumeroVersion
 */
public record Identity(String dnEntreprise, String numeroCad, String login, NumeroVersion numeroVersion) {}
