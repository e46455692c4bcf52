/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration file shared by the command line and applications: Java properties {@code omega.<setting>}, with
 * named environments {@code omega.environments.<name>.<setting>} (e.g. {@code homologation}, {@code production}) and
 * the default one named by {@code omega.environment}. A setting of the chosen environment wins over the plain
 * {@code omega.<setting>}; unknown keys and unknown environment names are refused, naming the file and the key.
 *
 * <pre>{@code
 * # omega.properties
 * omega.dn-entreprise=CN=Mon Fournisseur,O=Mon Energie,C=FR
 * omega.numero-cad=GAZ0001
 * omega.login=jdupont
 * omega.environment=homologation
 * omega.environments.homologation.endpoint=https://omega-homologation.example/CreerDIT
 * omega.environments.homologation.max-calls-per-second=2
 * omega.environments.production.endpoint=https://omega.example/CreerDIT
 * omega.environments.production.numero-version=V10
 *
 * try (DitClient client = OmegaConfiguration.load(Path.of("omega.properties")).builder("production").build()) { … }
 * }</pre>
 *
 * The names are those of the command line's flags (see {@link Setting}), so a Spring Boot application binds the same
 * {@code omega.*} properties. Passwords ({@code pkcs12-password}, {@code truststore-password}) may be in the file;
 * they are never part of a message or of {@link Value#toString()}. Immutable and thread-safe.
 */
public final class OmegaConfiguration {

    /** Prefix of every key. */
    public static final String PREFIX = "omega.";
    /** Key naming the default environment. */
    public static final String ENVIRONMENT_KEY = PREFIX + "environment";
    /** Prefix of the keys of a named environment: {@code omega.environments.<name>.<setting>}. */
    public static final String ENVIRONMENTS_PREFIX = PREFIX + "environments.";

    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern ENVIRONMENT_PROPERTY = Pattern.compile(
            Pattern.quote(ENVIRONMENTS_PREFIX) + "([^.]*)\\.(.*)");

    /** The settings, by the name used in keys ({@code omega.<name>}), flags and {@code OMEGA_*} variables. */
    public enum Setting {
        /** The CreerDIT service URL. */
        ENDPOINT("endpoint"),
        /** DNEntreprise. */
        DN_ENTREPRISE("dn-entreprise"),
        /** NumeroCAD. */
        NUMERO_CAD("numero-cad"),
        /** Utilisateur.Login. */
        LOGIN("login"),
        /** NumeroVersion, e.g. {@code V10}. */
        NUMERO_VERSION("numero-version"),
        /** PKCS#12 file of the client certificate. */
        PKCS12("pkcs12"),
        /** Its password. */
        PKCS12_PASSWORD("pkcs12-password"),
        /** PKCS#12 trust store for OMEGA's server certificate. */
        TRUSTSTORE("truststore"),
        /** Its password. */
        TRUSTSTORE_PASSWORD("truststore-password"),
        /** Connect timeout ({@code 10s}, {@code 500ms}, {@code PT10S}). */
        CONNECT_TIMEOUT("connect-timeout"),
        /** Receive timeout. */
        RECEIVE_TIMEOUT("receive-timeout"),
        /** Deadline of a whole call. */
        CALL_DEADLINE("call-deadline"),
        /** {@code STRICT}, {@code WARN_ONLY} or {@code OFF}. */
        VALIDATION("validation"),
        /** An Annexe B catalogue file instead of the bundled one. */
        CATALOGUE("catalogue"),
        /** Client-side rate limit, calls per second, 0 for none. */
        MAX_CALLS_PER_SECOND("max-calls-per-second");

        private final String key;

        Setting(String key) {
            this.key = key;
        }

        /** The name in keys, e.g. {@code numero-cad}. */
        public String key() {
            return key;
        }

        /** The plain property, e.g. {@code omega.numero-cad}. */
        public String property() {
            return PREFIX + key;
        }

        /** The property of a named environment, e.g. {@code omega.environments.production.numero-cad}. */
        public String property(String environment) {
            return ENVIRONMENTS_PREFIX + environment + "." + key;
        }

        /** True for passwords: never printed, never taken from a command-line flag. */
        public boolean secret() {
            return this == PKCS12_PASSWORD || this == TRUSTSTORE_PASSWORD;
        }

        /** The setting named {@code key} ({@code numero-cad}), if any. */
        public static Optional<Setting> of(String key) {
            return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
        }
    }

    /**
     * A value and where it came from, named for error messages ({@code omega.login in omega.properties},
     * {@code OMEGA_LOGIN}, {@code --login}).
     *
     * @param text   the value as written
     * @param source where it was written
     */
    public record Value(String text, String source) {

        /** Both required. */
        public Value {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(source, "source");
        }

        /** The source only: the text may be a password. */
        @Override
        public String toString() {
            return "Value[from " + source + "]";
        }
    }

    private final String source;
    private final Map<Setting, Value> plain;
    private final Map<String, Map<Setting, Value>> environments;
    private final String defaultEnvironment;

    private OmegaConfiguration(String source, Map<Setting, Value> plain, Map<String, Map<Setting, Value>> envs,
            String defaultEnvironment) {
        this.source = source;
        this.plain = plain;
        this.environments = envs;
        this.defaultEnvironment = defaultEnvironment;
    }

    /**
     * Reads a properties file (UTF-8).
     *
     * @throws IllegalArgumentException when the file does not exist or cannot be read, or holds an unknown key or a
     *                                  bad environment name (the message names the file and the key)
     */
    public static OmegaConfiguration load(Path file) {
        Objects.requireNonNull(file, "file");
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("config file " + file + " does not exist", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e, e);
        }
        Map<String, String> map = new TreeMap<>();
        for (String k : props.stringPropertyNames()) {
            map.put(k, props.getProperty(k));
        }
        return of(map, file.toString());
    }

    /**
     * A configuration from properties already read (e.g. by a framework), keys as in the file.
     *
     * @param properties the {@code omega.*} properties; other keys are refused
     * @param source     where they come from, for messages ({@code application.properties})
     * @throws IllegalArgumentException for an unknown key or a bad environment name, naming the source and the key
     */
    public static OmegaConfiguration of(Map<String, String> properties, String source) {
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(source, "source");
        Map<Setting, Value> plain = new EnumMap<>(Setting.class);
        Map<String, Map<Setting, Value>> envs = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        String defaultEnv = null;
        for (Map.Entry<String, String> e : new TreeMap<>(properties).entrySet()) {
            String key = e.getKey();
            String text = e.getValue();
            if (key.equals(ENVIRONMENT_KEY)) {
                defaultEnv = text == null || text.isBlank() ? null : text.trim();
                continue;
            }
            Matcher m = ENVIRONMENT_PROPERTY.matcher(key);
            Optional<Setting> setting;
            Map<Setting, Value> target;
            if (m.matches()) {
                String name = m.group(1);
                if (!ENVIRONMENT_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("config " + source + ": key " + key + ": environment name '"
                            + name + "' must be letters, digits, '-' or '_'");
                }
                setting = Setting.of(m.group(2));
                target = envs.computeIfAbsent(name, n -> new EnumMap<>(Setting.class));
            } else {
                setting = key.startsWith(PREFIX) ? Setting.of(key.substring(PREFIX.length())) : Optional.empty();
                target = plain;
            }
            if (setting.isEmpty()) {
                unknown.add(key);
            } else if (text != null && (setting.get().secret() || !text.isBlank())) {
                target.put(setting.get(), new Value(text, key + " in " + source));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("config file " + source + ": unknown propert"
                    + (unknown.size() > 1 ? "ies " : "y ") + String.join(", ", unknown) + "; known: "
                    + String.join(", ", knownKeys()));
        }
        if (defaultEnv != null && !envs.containsKey(defaultEnv)) {
            throw new IllegalArgumentException("config file " + source + ": " + ENVIRONMENT_KEY + "=" + defaultEnv
                    + " names no environment; " + describe(envs.keySet()));
        }
        Map<String, Map<Setting, Value>> frozen = new LinkedHashMap<>();
        envs.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
        return new OmegaConfiguration(source, Collections.unmodifiableMap(plain),
                Collections.unmodifiableMap(frozen), defaultEnv);
    }

    /** The keys a file may hold, for messages. */
    static List<String> knownKeys() {
        List<String> keys = new ArrayList<>();
        for (Setting s : Setting.values()) {
            keys.add(s.property());
        }
        keys.add(ENVIRONMENT_KEY);
        keys.add(ENVIRONMENTS_PREFIX + "<name>.<setting>");
        return keys;
    }

    private static String describe(Set<String> names) {
        return names.isEmpty() ? "the file defines none (" + ENVIRONMENTS_PREFIX + "<name>.<setting>)"
                : "defined: " + String.join(", ", names);
    }

    /** Where the properties came from. */
    public String source() {
        return source;
    }

    /** The names of the environments defined, sorted. */
    public Set<String> environments() {
        return Collections.unmodifiableSet(new TreeSet<>(environments.keySet()));
    }

    /** The environment named by {@code omega.environment}, if any. */
    public Optional<String> defaultEnvironment() {
        return Optional.ofNullable(defaultEnvironment);
    }

    /**
     * The settings of an environment: its own properties over the plain ones.
     *
     * @param name the environment, or {@code null} for the default one ({@code omega.environment}), or the plain
     *             properties alone when there is no default
     * @throws IllegalArgumentException when no environment has that name (the message lists those defined)
     */
    public OmegaEnvironment environment(String name) {
        String chosen = name == null ? defaultEnvironment : name;
        if (chosen == null) {
            return new OmegaEnvironment(null, plain);
        }
        Map<Setting, Value> own = environments.get(chosen);
        if (own == null) {
            throw new IllegalArgumentException("config " + source + " has no environment '" + chosen + "'; "
                    + describe(environments.keySet()));
        }
        Map<Setting, Value> merged = new EnumMap<>(Setting.class);
        merged.putAll(plain);
        merged.putAll(own);
        return new OmegaEnvironment(chosen, merged);
    }

    /**
     * A client builder with the default environment's settings (see {@link #environment(String)}); add listeners or
     * anything else, then {@code build()}.
     *
     * @throws IllegalArgumentException when a value is bad (the message names its key and the file)
     */
    public DitClient.Builder builder() {
        return environment(null).builder();
    }

    /**
     * A client builder with the settings of environment {@code name}.
     *
     * @throws IllegalArgumentException when there is no such environment or a value is bad
     */
    public DitClient.Builder builder(String name) {
        return environment(Objects.requireNonNull(name, "environment name")).builder();
    }

    @Override
    public String toString() {
        return "OmegaConfiguration[" + source + ", environments " + environments.keySet() + "]";
    }
}
