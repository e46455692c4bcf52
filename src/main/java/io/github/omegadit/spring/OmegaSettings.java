/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.github.omegadit.OmegaConfiguration.Setting;

/**
 * The settings the plain {@code omega.*} properties and each named environment share, by the names of the command
 * line ({@link Setting}), as written.
 */
public interface OmegaSettings {
    /** @return the CreerDIT service URL */
    String endpoint();

    /** @return DNEntreprise */
    String dnEntreprise();

    /** @return NumeroCAD */
    String numeroCad();

    /** @return Utilisateur.Login */
    String login();

    /** @return NumeroVersion */
    String numeroVersion();

    /** @return the PKCS#12 file of the client certificate */
    String pkcs12();

    /** @return its password */
    String pkcs12Password();

    /** @return the PKCS#12 trust store */
    String truststore();

    /** @return its password */
    String truststorePassword();

    /** @return the connect timeout */
    String connectTimeout();

    /** @return the receive timeout */
    String receiveTimeout();

    /** @return the deadline of a whole call */
    String callDeadline();

    /** @return the validation mode */
    String validation();

    /** @return the Annexe B catalogue file */
    String catalogue();

    /** @return the rate limit */
    String maxCallsPerSecond();

    /** @return the Spring SSL bundle's name */
    String sslBundle();

    /**
     * The value of a setting of the configuration file, as written.
     *
     * @param setting the setting
     * @return its value, or {@code null}
     */
    default String get(Setting setting) {
        return switch (setting) {
            case ENDPOINT -> endpoint();
            case DN_ENTREPRISE -> dnEntreprise();
            case NUMERO_CAD -> numeroCad();
            case LOGIN -> login();
            case NUMERO_VERSION -> numeroVersion();
            case PKCS12 -> pkcs12();
            case PKCS12_PASSWORD -> pkcs12Password();
            case TRUSTSTORE -> truststore();
            case TRUSTSTORE_PASSWORD -> truststorePassword();
            case CONNECT_TIMEOUT -> connectTimeout();
            case RECEIVE_TIMEOUT -> receiveTimeout();
            case CALL_DEADLINE -> callDeadline();
            case VALIDATION -> validation();
            case CATALOGUE -> catalogue();
            case MAX_CALLS_PER_SECOND -> maxCallsPerSecond();
        };
    }
}
