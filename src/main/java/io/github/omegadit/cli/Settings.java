/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.DitClient;
import io.github.omegadit.OmegaConfiguration;
import io.github.omegadit.OmegaEnvironment;
import io.github.omegadit.OmegaConfiguration.Setting;
import io.github.omegadit.internal.config.ConfigValues;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The connection settings of the dialogue commands, each resolved from, in order of precedence: its flag, its
 * {@code OMEGA_*} environment variable, its property in the {@code --config} file (itself named by {@code --config}
 * or {@code OMEGA_CONFIG}): first the chosen environment's {@code omega.environments.<name>.<setting>}, then the
 * plain {@code omega.<setting>}. The environment is named by {@code --env}, else {@code OMEGA_ENV}, else
 * {@code omega.environment} in the file. Passwords have no flag. A blank environment variable or property counts as
 * unset, except for a password. The file is read and the values are parsed by {@link OmegaConfiguration}, so that the
 * library and the command line read one format; errors name where the bad value came from and never include a
 * password.
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
        MAX_CALLS_PER_SECOND("max-calls-per-second", false),
        CONFIG("config", false);

        private final String name;
        private final boolean secret;
        /** The library's name of the setting; {@code null} for {@link #CONFIG}. */
        final Setting setting;

        Key(String name, boolean secret) {
            this.name = name;
            this.secret = secret;
            this.setting = Setting.of(name).orElse(null);
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

    /** The variable naming the environment of the configuration file. */
    static final String ENV_VARIABLE = "OMEGA_ENV";

    private final Map<Key, Value> values;
    private final String environment;

    private Settings(Map<Key, Value> values, String environment) {
        this.values = values;
        this.environment = environment;
    }

    /**
     * Resolves every setting.
     *
     * @param flags the flags given on the command line
     * @param env   the environment (injected: tests pass their own map)
     * @throws SettingsException when a password is given as a flag, or the config file cannot be read or holds an
     *                           unknown key, or the environment named is not defined in it
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
        Value named = flags.environment != null ? new Value(flags.environment, "--env")
                : env.get(ENV_VARIABLE) != null && !env.get(ENV_VARIABLE).isBlank()
                ? new Value(env.get(ENV_VARIABLE).trim(), ENV_VARIABLE) : null;
        Value config = resolved.get(Key.CONFIG);
        if (config == null) {
            if (named != null) {
                throw new SettingsException("environment '" + named.text() + "' (from " + named.source()
                        + ") needs a config file defining " + OmegaConfiguration.ENVIRONMENTS_PREFIX + named.text()
                        + ".<setting>: set --config or OMEGA_CONFIG");
            }
            return new Settings(resolved, null);
        }
        OmegaEnvironment chosen;
        try {
            OmegaConfiguration file = OmegaConfiguration.load(Path.of(config.text()));
            chosen = file.environment(named == null ? null : named.text());
        } catch (IllegalArgumentException e) {
            throw new SettingsException(e.getMessage() + " (config file from " + config.source()
                    + (named == null ? "" : ", environment from " + named.source()) + ")", e);
        }
        for (Key k : Key.values()) {
            if (k.setting != null && !resolved.containsKey(k)) {
                chosen.get(k.setting).ifPresent(v -> resolved.put(k, new Value(v.text(), v.source())));
            }
        }
        return new Settings(resolved, chosen.name().orElse(null));
    }

    /** The value of a setting, or {@code null} when it is set nowhere. */
    Value get(Key key) {
        return values.get(key);
    }

    /** The environment of the config file in use, or {@code null} for none. */
    String environment() {
        return environment;
    }

    /**
     * The settings as the library's resolved environment (for the doctor), every value with its source.
     *
     * @throws SettingsException when a store is set without its password
     */
    OmegaEnvironment resolved() {
        for (Key store : List.of(Key.PKCS12, Key.TRUSTSTORE)) {
            Key pw = store == Key.PKCS12 ? Key.PKCS12_PASSWORD : Key.TRUSTSTORE_PASSWORD;
            Value v = values.get(store);
            if (v != null && values.get(pw) == null) {
                throw new SettingsException(v.source() + " is set but its password is not: set " + pw.env()
                        + " or " + pw.property() + " in the --config file");
            }
        }
        Map<Setting, OmegaConfiguration.Value> map = new EnumMap<>(Setting.class);
        values.forEach((k, v) -> {
            if (k.setting != null) {
                map.put(k.setting, new OmegaConfiguration.Value(v.text(), v.source()));
            }
        });
        return OmegaEnvironment.of(environment, map);
    }

    /**
     * A client with these settings.
     *
     * @throws SettingsException when a required setting is missing or a value is bad
     */
    DitClient client() {
        checkRequired();
        return build(builder());
    }

    /**
     * Checks that the settings every client needs are set.
     *
     * @throws SettingsException naming each missing one and where it can be set
     */
    void checkRequired() {
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
    }

    /**
     * A client builder with these settings, required ones possibly missing.
     *
     * @throws SettingsException when a value is bad
     */
    DitClient.Builder builder() {
        OmegaEnvironment e = resolved();
        try {
            return e.builder();
        } catch (IllegalArgumentException ex) {
            throw new SettingsException(ex.getMessage(), ex);
        }
    }

    private static DitClient build(DitClient.Builder b) {
        try {
            return b.build();
        } catch (IllegalStateException e) {
            throw new SettingsException(e.getMessage(), e);
        }
    }

    /**
     * A duration: a number of seconds ({@code 30}), or with a unit ({@code 500ms}, {@code 30s}, {@code 2m}), or
     * ISO-8601 ({@code PT30S}).
     */
    static Duration duration(String text) {
        return ConfigValues.duration(text);
    }
}
