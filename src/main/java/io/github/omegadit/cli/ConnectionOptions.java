/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The connection flags shared by the dialogue commands. Each value is kept as typed and resolved with the
 * environment and the {@code --config} file by {@link Settings}. There are deliberately no password flags: a
 * command line shows in {@code ps} and in shell history.
 */
final class ConnectionOptions {

    @Option(names = "--endpoint", paramLabel = "URL", order = 100,
            description = "CreerDIT service URL (env OMEGA_ENDPOINT, property omega.endpoint).")
    String endpoint;

    @Option(names = "--dn-entreprise", paramLabel = "DN", order = 101,
            description = "DNEntreprise, as in the certificate (env OMEGA_DN_ENTREPRISE).")
    String dnEntreprise;

    @Option(names = "--numero-cad", paramLabel = "CAD", order = 102,
            description = "NumeroCAD of the supplier (env OMEGA_NUMERO_CAD).")
    String numeroCad;

    @Option(names = "--login", paramLabel = "LOGIN", order = 103,
            description = "Utilisateur.Login (env OMEGA_LOGIN).")
    String login;

    @Option(names = "--numero-version", paramLabel = "Vn", order = 104,
            description = "NumeroVersion, default the newest supported (env OMEGA_NUMERO_VERSION).")
    String numeroVersion;

    @Option(names = "--pkcs12", paramLabel = "FILE", order = 105,
            description = "PKCS#12 client certificate for mutual TLS (env OMEGA_PKCS12); its password only from "
                    + "OMEGA_PKCS12_PASSWORD or the --config file.")
    String pkcs12;

    @Option(names = "--truststore", paramLabel = "FILE", order = 106,
            description = "PKCS#12 trust store for OMEGA's certificate, default the JDK's CAs (env OMEGA_TRUSTSTORE);"
                    + " its password only from OMEGA_TRUSTSTORE_PASSWORD or the --config file.")
    String truststore;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", order = 107,
            description = "Connect timeout, e.g. 10s, 500ms (env OMEGA_CONNECT_TIMEOUT; default 10s).")
    String connectTimeout;

    @Option(names = "--receive-timeout", paramLabel = "DURATION", order = 108,
            description = "Wait for the answer (env OMEGA_RECEIVE_TIMEOUT; default 60s).")
    String receiveTimeout;

    @Option(names = "--call-deadline", paramLabel = "DURATION", order = 109,
            description = "Bound on a whole call, retries included (env OMEGA_CALL_DEADLINE; default 90s).")
    String callDeadline;

    @Option(names = "--validation", paramLabel = "MODE", order = 110,
            description = "Rule checks before sending: STRICT (default), WARN_ONLY or OFF (env OMEGA_VALIDATION).")
    String validation;

    @Option(names = "--catalogue", paramLabel = "FILE", order = 111,
            description = "Annexe B catalogue file instead of the bundled one (env OMEGA_CATALOGUE).")
    String catalogue;

    @Option(names = "--config", paramLabel = "FILE", order = 112,
            description = "Properties file with the settings above (omega.endpoint=..., omega.pkcs12-password=...);"
                    + " flags win over environment, environment over file (env OMEGA_CONFIG).")
    String config;

    @Option(names = "--env", paramLabel = "NAME", order = 113,
            description = "Environment of the --config file (omega.environments.NAME.endpoint=...), e.g. "
                    + "homologation; default OMEGA_ENV, else omega.environment in the file.")
    String environment;

    @Option(names = "--max-calls-per-second", paramLabel = "N", order = 114,
            description = "Client-side rate limit, 0 for none (env OMEGA_MAX_CALLS_PER_SECOND; default 0).")
    String maxCallsPerSecond;

    /** Present only to refuse a password typed on the command line without echoing it. */
    @Option(names = {"--pkcs12-password", "--truststore-password", "--password"}, hidden = true)
    String passwordFlag;

    /** The flags given, by setting. */
    Map<Settings.Key, String> given() {
        Map<Settings.Key, String> m = new EnumMap<>(Settings.Key.class);
        put(m, Settings.Key.ENDPOINT, endpoint);
        put(m, Settings.Key.DN_ENTREPRISE, dnEntreprise);
        put(m, Settings.Key.NUMERO_CAD, numeroCad);
        put(m, Settings.Key.LOGIN, login);
        put(m, Settings.Key.NUMERO_VERSION, numeroVersion);
        put(m, Settings.Key.PKCS12, pkcs12);
        put(m, Settings.Key.TRUSTSTORE, truststore);
        put(m, Settings.Key.CONNECT_TIMEOUT, connectTimeout);
        put(m, Settings.Key.RECEIVE_TIMEOUT, receiveTimeout);
        put(m, Settings.Key.CALL_DEADLINE, callDeadline);
        put(m, Settings.Key.VALIDATION, validation);
        put(m, Settings.Key.CATALOGUE, catalogue);
        put(m, Settings.Key.MAX_CALLS_PER_SECOND, maxCallsPerSecond);
        put(m, Settings.Key.CONFIG, config);
        return m;
    }

    private static void put(Map<Settings.Key, String> m, Settings.Key key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
