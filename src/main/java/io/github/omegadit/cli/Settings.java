/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.DitClient;
import io.github.omegadit.TlsConfig;
import io.github.omegadit.ValidationMode;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.rules.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The connection settings of the dialogue commands, each resolved from, in order of precedence: its flag, its
 * {@code OMEGA_*} environment variable, its {@code omega.*} property in the {@code --config} file (itself named by
 * {@code --config} or {@code OMEGA_CONFIG}). Passwords have no flag. A blank environment variable or property counts
 * as unset, except for a password. Values are parsed here so that an error names where the bad value came from;
 * messages never include a password.
 */
final class Settings {

    /** The settings, with their three names. */
    enum Key {
        ENDPOINT("endpoint", false),
        DN_ENTREPRISE("dn-entreprise", false),
        NUMERO_CAD("numero-cad", false),
        LOGIN("login", false),
        NUMERO_VERSION("numero-version", false),
        PKCS12("pkcs12", false),
        PKCS12_PASSWORD("pkcs12-password", true),
        TRUSTSTORE("truststore", false),
        TRUSTSTORE_PASSWORD("truststore-password", true),
        CONNECT_TIMEOUT("connect-timeout", false),
        RECEIVE_TIMEOUT("receive-timeout", false),
        CALL_DEADLINE("call-deadline", false),
        VALIDATION("validation", false),
        CATALOGUE("catalogue", false),
        CONFIG("config", false);

        private final String name;
        private final boolean secret;

        Key(String name, boolean secret) {
            this.name = name;
            this.secret = secret;
        }

        /** The flag, e.g. {@code --numero-cad}; passwords have none. */
        String flag() {
            return secret ? null : "--" + name;
        }

        /** The environment variable, e.g. {@code OMEGA_NUMERO_CAD}. */
        String env() {
            return "OMEGA_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
        }

        /** The property of the {@code --config} file, e.g. {@code omega.numero-cad}. */
        String property() {
            return "omega." + name;
        }

        boolean secret() {
            return secret;
        }

        /** Where it can be set, for error messages. */
        String sources() {
            return (secret ? "" : flag() + ", ") + env() + " or " + property() + " in the --config file";
        }
    }

    /** A value and where it came from (a flag, a variable, or a property of a file). */
    record Value(String text, String source) {}

    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})\\s*(ms|s|m)?");

    private final Map<Key, Value> values;

    private Settings(Map<Key, Value> values) {
        this.values = values;
    }

    /**
     * Resolves every setting.
     *
     * @param flags the flags given on the command line
     * @param env   the environment (injected: tests pass their own map)
     * @throws SettingsException when a password is given as a flag, or the config file cannot be read or holds an
     *                           unknown key
     */
    static Settings resolve(ConnectionOptions flags, Map<String, String> env) {
        if (flags.passwordFlag != null) {
            throw new SettingsException("passwords are not accepted on the command line (they would show in ps and"
                    + " in the shell history): set " + Key.PKCS12_PASSWORD.env() + " / "
                    + Key.TRUSTSTORE_PASSWORD.env() + ", or " + Key.PKCS12_PASSWORD.property() + " / "
                    + Key.TRUSTSTORE_PASSWORD.property() + " in the --config file");
        }
        Map<Key, String> given = flags.given();
        Map<Key, Value> resolved = new EnumMap<>(Key.class);
        for (Key k : Key.values()) {
            String flag = given.get(k);
            if (flag != null) {
                resolved.put(k, new Value(flag, k.flag()));
                continue;
            }
            String fromEnv = env.get(k.env());
            if (fromEnv != null && (k.secret() || !fromEnv.isBlank())) {
                resolved.put(k, new Value(fromEnv, k.env()));
            }
        }
        Value config = resolved.get(Key.CONFIG);
        if (config != null) {
            Path file = Path.of(config.text());
            Properties props = load(file, config.source());
            for (Key k : Key.values()) {
                String p = props.getProperty(k.property());
                if (k != Key.CONFIG && !resolved.containsKey(k) && p != null && (k.secret() || !p.isBlank())) {
                    resolved.put(k, new Value(p, k.property() + " in " + file));
                }
            }
        }
        return new Settings(resolved);
    }

    private static Properties load(Path file, String source) {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (NoSuchFileException e) {
            throw new SettingsException("config file " + file + " (from " + source + ") does not exist");
        } catch (IOException | IllegalArgumentException e) {
            throw new SettingsException("cannot read config file " + file + " (from " + source + "): " + e, e);
        }
        List<String> known = Arrays.stream(Key.values()).filter(k -> k != Key.CONFIG).map(Key::property).toList();
        TreeSet<String> unknown = new TreeSet<>(props.stringPropertyNames());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new SettingsException("config file " + file + ": unknown propert" + (unknown.size() > 1 ? "ies "
                    : "y ") + String.join(", ", unknown) + "; known: " + String.join(", ", known));
        }
        return props;
    }

    /** The value of a setting, or {@code null} when it is set nowhere. */
    Value get(Key key) {
        return values.get(key);
    }

    /**
     * A client with these settings.
     *
     * @throws SettingsException when a required setting is missing or a value is bad
     */
    DitClient client() {
        List<String> missing = new ArrayList<>();
        for (Key k : List.of(Key.ENDPOINT, Key.DN_ENTREPRISE, Key.NUMERO_CAD, Key.LOGIN)) {
            if (values.get(k) == null) {
                missing.add(k.name + " (" + k.sources() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new SettingsException("missing setting" + (missing.size() > 1 ? "s" : "") + ": "
                    + String.join("; ", missing));
        }
        DitClient.Builder b = DitClient.builder();
        apply(Key.ENDPOINT, v -> b.endpoint(v));
        apply(Key.DN_ENTREPRISE, b::dnEntreprise);
        apply(Key.NUMERO_CAD, b::numeroCad);
        apply(Key.LOGIN, b::login);
        apply(Key.NUMERO_VERSION, v -> b.numeroVersion(NumeroVersion.parse(v.trim())));
        apply(Key.CONNECT_TIMEOUT, v -> b.connectTimeout(duration(v)));
        apply(Key.RECEIVE_TIMEOUT, v -> b.receiveTimeout(duration(v)));
        apply(Key.CALL_DEADLINE, v -> b.callDeadline(duration(v)));
        apply(Key.VALIDATION, v -> b.validationMode(validationMode(v)));
        apply(Key.CATALOGUE, v -> b.catalogue(catalogue(Path.of(v))));
        TlsConfig tls = tls();
        if (tls != null) {
            b.tls(tls);
        }
        try {
            return b.build();
        } catch (IllegalStateException e) {
            throw new SettingsException(e.getMessage(), e);
        }
    }

    private interface Setter {
        void set(String value) throws IOException;
    }

    private void apply(Key key, Setter setter) {
        Value v = values.get(key);
        if (v == null) {
            return;
        }
        try {
            setter.set(v.text());
        } catch (IllegalArgumentException | IOException e) {
            throw new SettingsException(v.source() + ": " + e.getMessage(), e);
        }
    }

    private TlsConfig tls() {
        Value p12 = values.get(Key.PKCS12);
        Value trust = values.get(Key.TRUSTSTORE);
        if (p12 == null && trust == null) {
            return null;
        }
        TlsConfig tls = null;
        if (p12 != null) {
            char[] pw = password(Key.PKCS12_PASSWORD, p12);
            try {
                tls = TlsConfig.pkcs12(Path.of(p12.text()), pw);
            } catch (IllegalArgumentException e) {
                throw new SettingsException(p12.source() + ": " + e.getMessage(), e);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }
        if (trust != null) {
            char[] pw = password(Key.TRUSTSTORE_PASSWORD, trust);
            try {
                Path file = Path.of(trust.text());
                tls = tls == null ? TlsConfig.trustOnly(readTrustStore(file, pw, trust.source()))
                        : tls.trustPkcs12(file, pw);
            } catch (IllegalArgumentException e) {
                throw new SettingsException(trust.source() + ": " + e.getMessage(), e);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }
        return tls;
    }

    private char[] password(Key key, Value store) {
        Value pw = values.get(key);
        if (pw == null) {
            throw new SettingsException(store.source() + " is set but its password is not: set " + key.env()
                    + " or " + key.property() + " in the --config file");
        }
        return pw.text().toCharArray();
    }

    private static KeyStore readTrustStore(Path file, char[] password, String source) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            // the exception's own message may quote the file, never the password; keep only its type
            throw new SettingsException(source + ": cannot read the trust store " + file + " ("
                    + e.getClass().getSimpleName() + (e instanceof IOException && e.getCause()
                    instanceof java.security.UnrecoverableKeyException ? ", wrong password" : "") + ")", e);
        }
    }

    private static Catalogue catalogue(Path file) throws IOException {
        try {
            return Catalogue.load(file);
        } catch (NoSuchFileException e) {
            throw new IOException("catalogue file " + file + " does not exist", e);
        }
    }

    /**
     * A duration: a number of seconds ({@code 30}), or with a unit ({@code 500ms}, {@code 30s}, {@code 2m}), or
     * ISO-8601 ({@code PT30S}).
     */
    static Duration duration(String text) {
        String t = text.trim();
        if (t.regionMatches(true, 0, "PT", 0, 2)) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a duration (e.g. 10s, 500ms, 2m, PT30S)");
            }
        }
        Matcher m = DURATION.matcher(t.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (e.g. 10s, 500ms, 2m, PT30S)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }

    static ValidationMode validationMode(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ValidationMode m : ValidationMode.values()) {
            if (m.name().equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a validation mode; expected one of "
                + Arrays.stream(ValidationMode.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
