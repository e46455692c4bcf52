/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import io.github.omegadit.OmegaConfiguration.Setting;
import io.github.omegadit.OmegaConfiguration.Value;
import io.github.omegadit.internal.config.ConfigValues;
import io.github.omegadit.protocol.NumeroVersion;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The resolved settings of one environment (homologation, production...), each with where it came from: what
 * {@link OmegaConfiguration#environment(String)} gives for a file, or what the command line makes of its flags,
 * {@code OMEGA_*} variables and the file ({@link #of(String, Map)}). It reads the key stores and parses the values
 * when asked ({@link #builder()}, {@link #tls()}), so that a bad value is reported with its source. Immutable.
 */
public final class OmegaEnvironment {
    private final String name;
    private final Map<Setting, Value> values;

    OmegaEnvironment(String name, Map<Setting, Value> values) {
        this.name = name;
        EnumMap<Setting, Value> copy = new EnumMap<>(Setting.class);
        copy.putAll(values);
        this.values = Collections.unmodifiableMap(copy);
    }

    /**
     * Settings resolved elsewhere.
     *
     * @param name   the environment's name, or {@code null}
     * @param values the values, each with its source
     */
    public static OmegaEnvironment of(String name, Map<Setting, Value> values) {
        return new OmegaEnvironment(name, Objects.requireNonNull(values, "values"));
    }

    /** The environment's name; empty for the plain properties. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** A setting's value, if set. */
    public Optional<Value> get(Setting setting) {
        return Optional.ofNullable(values.get(setting));
    }

    /** Every value set (unmodifiable). */
    public Map<Setting, Value> values() {
        return values;
    }

    /**
     * The endpoint, or {@code null} when not set.
     *
     * @throws IllegalArgumentException when it is not an absolute http(s) URL (naming its source)
     */
    public URI endpoint() {
        Value v = values.get(Setting.ENDPOINT);
        if (v == null) {
            return null;
        }
        return apply(v, t -> {
            DitClient.builder().endpoint(t.trim());
            return URI.create(t.trim());
        });
    }

    /**
     * The TLS settings (client certificate and trust), or {@code null} when neither store is set. Reads the
     * stores now.
     *
     * @throws IllegalArgumentException when a store cannot be read, or its password is not set (naming the
     *                                  source, never the password)
     */
    public TlsConfig tls() {
        Value p12 = values.get(Setting.PKCS12);
        Value trust = values.get(Setting.TRUSTSTORE);
        if (p12 == null && trust == null) {
            return null;
        }
        TlsConfig tls = null;
        if (p12 != null) {
            char[] pw = password(Setting.PKCS12_PASSWORD, p12);
            try {
                tls = apply(p12, t -> TlsConfig.pkcs12(Path.of(t), pw));
            } finally {
                Arrays.fill(pw, '\0');
            }
        }
        if (trust != null) {
            char[] pw = password(Setting.TRUSTSTORE_PASSWORD, trust);
            try {
                TlsConfig client = tls;
                tls = apply(trust, t -> client == null ? TlsConfig.trustOnly(ConfigValues.trustStore(Path.of(t), pw))
                        : client.trustPkcs12(Path.of(t), pw));
            } finally {
                Arrays.fill(pw, '\0');
            }
        }
        return tls;
    }

    /**
     * A client builder with these settings (required ones may be missing: {@code build()} says which).
     *
     * @throws IllegalArgumentException when a value is bad, naming where it came from
     */
    public DitClient.Builder builder() {
        DitClient.Builder b = DitClient.builder();
        set(Setting.ENDPOINT, t -> b.endpoint(t.trim()));
        set(Setting.DN_ENTREPRISE, b::dnEntreprise);
        set(Setting.NUMERO_CAD, b::numeroCad);
        set(Setting.LOGIN, b::login);
        set(Setting.NUMERO_VERSION, t -> b.numeroVersion(NumeroVersion.parse(t.trim())));
        set(Setting.CONNECT_TIMEOUT, t -> b.connectTimeout(ConfigValues.duration(t)));
        set(Setting.RECEIVE_TIMEOUT, t -> b.receiveTimeout(ConfigValues.duration(t)));
        set(Setting.CALL_DEADLINE, t -> b.callDeadline(ConfigValues.duration(t)));
        set(Setting.VALIDATION, t -> b.validationMode(ConfigValues.validationMode(t)));
        set(Setting.CATALOGUE, t -> b.catalogue(ConfigValues.catalogue(Path.of(t.trim()))));
        set(Setting.MAX_CALLS_PER_SECOND, t -> b.maxCallsPerSecond(ConfigValues.callsPerSecond(t)));
        TlsConfig tls = tls();
        if (tls != null) {
            b.tls(tls);
        }
        return b;
    }

    private interface Parser<T> {
        T parse(String text) throws IOException;
    }

    private void set(Setting s, Parser<?> setter) {
        Value v = values.get(s);
        if (v != null) {
            apply(v, setter);
        }
    }

    private static <T> T apply(Value v, Parser<T> parser) {
        try {
            return parser.parse(v.text());
        } catch (IllegalArgumentException | IOException e) {
            throw new IllegalArgumentException(v.source() + ": " + e.getMessage(), e);
        }
    }

    private char[] password(Setting key, Value store) {
        Value pw = values.get(key);
        if (pw == null) {
            throw new IllegalArgumentException(store.source() + " is set but its password is not: set "
                    + key.property() + (name == null ? "" : " or " + key.property(name)));
        }
        return pw.text().toCharArray();
    }

    @Override
    public String toString() {
        return "OmegaEnvironment[" + (name == null ? "(plain)" : name) + ", " + values.keySet() + "]";
    }
}
