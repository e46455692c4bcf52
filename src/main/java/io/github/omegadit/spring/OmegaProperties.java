/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code omega.*} properties of a Spring Boot application: the names of the command line and of the
 * configuration file ({@link io.github.omegadit.OmegaConfiguration}), bound with Spring's relaxed rules
 * ({@code OMEGA_DN_ENTREPRISE} sets {@code omega.dn-entreprise}, {@code OMEGA_ENVIRONMENTS_PRODUCTION_ENDPOINT} sets
 * {@code omega.environments.production.endpoint}). Values are kept as written and read by
 * {@code OmegaConfiguration}, so that {@code 10s}, {@code V10} or {@code warn-only} mean what they mean everywhere
 * else. An unknown {@code omega.*} key in a property file is refused at start-up.
 *
 * @param endpoint           the CreerDIT service URL (required)
 * @param dnEntreprise       DNEntreprise: the supplier's distinguished name, as in its certificate (required)
 * @param numeroCad          NumeroCAD: the supplier's CDG-F number (required)
 * @param login              Utilisateur.Login: the OMEGA login of the user making the demandes (required, rule R9)
 * @param numeroVersion      NumeroVersion sent with every call, e.g. V10 (default: the newest supported)
 * @param pkcs12             PKCS#12 file of the client certificate (mutual TLS)
 * @param pkcs12Password     password of the PKCS#12 file
 * @param truststore         PKCS#12 trust store for OMEGA's server certificate (default: the JDK's CAs)
 * @param truststorePassword password of the trust store
 * @param connectTimeout     TCP and TLS connect timeout: 10s, 500ms, PT10S (default 10s)
 * @param receiveTimeout     wait for OMEGA's answer (default 60s; OMEGA's own bound is 5 minutes)
 * @param callDeadline       bound on a whole call, retries included (default 90s)
 * @param validation         what the client does with rule violations: STRICT, WARN_ONLY or OFF (default STRICT)
 * @param catalogue          an Annexe B catalogue file instead of the bundled one
 * @param maxCallsPerSecond  client-side rate limit across all threads, 0 for none (default 0)
 * @param sslBundle          a Spring SSL bundle (spring.ssl.bundle.*) holding the client certificate and the trust,
 *                           instead of pkcs12 and truststore
 * @param environment        the named environment to use (omega.environments.NAME.*); OMEGA_ENV too, as for the
 *                           command line
 * @param environments       named environments (homologation, production...): their settings win over the plain
 *                           ones
 * @param health             the health indicator's settings
 */
@ConfigurationProperties(prefix = "omega", ignoreUnknownFields = false)
public record OmegaProperties(String endpoint, String dnEntreprise, String numeroCad, String login,
        String numeroVersion, String pkcs12, String pkcs12Password, String truststore, String truststorePassword,
        String connectTimeout, String receiveTimeout, String callDeadline, String validation, String catalogue,
        String maxCallsPerSecond, String sslBundle, String environment, Map<String, Environment> environments,
        @DefaultValue Health health) implements OmegaSettings {

    /** Environments default to none. */
    public OmegaProperties {
        environments = environments == null ? Map.of() : Map.copyOf(environments);
    }

    /**
     * The settings of one named environment, by the same names as the plain ones.
     *
     * @param endpoint           the CreerDIT service URL
     * @param dnEntreprise       DNEntreprise
     * @param numeroCad          NumeroCAD
     * @param login              Utilisateur.Login
     * @param numeroVersion      NumeroVersion, e.g. V10
     * @param pkcs12             PKCS#12 file of the client certificate
     * @param pkcs12Password     its password
     * @param truststore         PKCS#12 trust store for OMEGA's server certificate
     * @param truststorePassword its password
     * @param connectTimeout     connect timeout
     * @param receiveTimeout     receive timeout
     * @param callDeadline       deadline of a whole call
     * @param validation         STRICT, WARN_ONLY or OFF
     * @param catalogue          an Annexe B catalogue file
     * @param maxCallsPerSecond  client-side rate limit, 0 for none
     * @param sslBundle          a Spring SSL bundle for this environment's certificate and trust
     */
    public record Environment(String endpoint, String dnEntreprise, String numeroCad, String login,
            String numeroVersion, String pkcs12, String pkcs12Password, String truststore, String truststorePassword,
            String connectTimeout, String receiveTimeout, String callDeadline, String validation, String catalogue,
            String maxCallsPerSecond, String sslBundle) implements OmegaSettings {

        /** Passwords are never printed. */
        @Override
        public String toString() {
            return "OmegaProperties.Environment[endpoint=" + endpoint + "]";
        }
    }

    /**
     * Settings of the health indicator ({@code management.health.omega.enabled} switches it off).
     *
     * @param transportFailuresDown DOWN after this many calls in a row ended in a transport failure (default 3)
     */
    public record Health(@DefaultValue("3") int transportFailuresDown) {

        /**
         * At least one.
         *
         * @throws IllegalArgumentException when below 1
         */
        public Health {
            if (transportFailuresDown < 1) {
                throw new IllegalArgumentException("omega.health.transport-failures-down must be at least 1, got "
                        + transportFailuresDown);
            }
        }
    }

    /** Passwords are never printed. */
    @Override
    public String toString() {
        return "OmegaProperties[endpoint=" + endpoint + ", environment=" + environment + ", environments="
                + environments.keySet() + "]";
    }
}
