/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.github.omegadit.OmegaConfiguration;
import io.github.omegadit.OmegaConfiguration.Setting;
import io.github.omegadit.OmegaEnvironment;
import io.github.omegadit.TlsConfig;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundleKey;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * From the bound {@code omega.*} properties to the library's settings: the values go through
 * {@link OmegaConfiguration} (one reader of the format for the command line, files and Spring), the environment is
 * chosen as the command line chooses it, and an SSL bundle becomes a {@link TlsConfig}.
 */
final class SpringSettings {

    /** Where the values come from, in error messages. */
    static final String SOURCE = "the Spring environment";
    /** The command line's variable naming the environment. */
    static final String OMEGA_ENV = "OMEGA_ENV";

    private static final ConfigurationPropertyName ENVIRONMENT_NAME =
            ConfigurationPropertyName.of(OmegaConfiguration.ENVIRONMENT_KEY);

    private SpringSettings() {}

    /**
     * The environment to use: {@code omega.environment}, or {@code OMEGA_ENV} when that variable comes first in
     * Spring's order of property sources (command-line arguments and system properties come before environment
     * variables, which come before the application's files). {@code null} for none; blank for "none, explicitly".
     */
    static String activeEnvironment(OmegaProperties properties, Environment environment) {
        if (environment instanceof ConfigurableEnvironment configurable) {
            for (PropertySource<?> source : configurable.getPropertySources()) {
                if ("configurationProperties".equals(source.getName())) {
                    continue; // Spring's view over all the others
                }
                ConfigurationPropertySource adapted = ConfigurationPropertySource.from(source);
                ConfigurationProperty named = adapted == null ? null : adapted.getConfigurationProperty(
                        ENVIRONMENT_NAME);
                if (named != null) {
                    return properties.environment();
                }
                if (source instanceof SystemEnvironmentPropertySource && source.getProperty(OMEGA_ENV) != null) {
                    return String.valueOf(source.getProperty(OMEGA_ENV)).trim();
                }
            }
        }
        return properties.environment();
    }

    /**
     * The settings of the chosen environment over the plain ones, read by {@link OmegaConfiguration}.
     *
     * @throws IllegalArgumentException when an environment name is malformed or names no environment
     */
    static OmegaEnvironment resolve(OmegaProperties properties, String active) {
        Map<String, String> map = new TreeMap<>();
        for (Setting s : Setting.values()) {
            put(map, s.property(), properties.get(s));
        }
        properties.environments().forEach((name, env) -> {
            for (Setting s : Setting.values()) {
                put(map, s.property(name), env.get(s));
            }
        });
        if (active != null) {
            map.put(OmegaConfiguration.ENVIRONMENT_KEY, active);
        }
        return OmegaConfiguration.of(map, SOURCE).environment(null);
    }

    /** The SSL bundle's name for the environment (its own over the plain one), or {@code null}. */
    static String sslBundle(OmegaProperties properties, OmegaEnvironment chosen) {
        String own = chosen.name().map(n -> properties.environments().get(n)).map(OmegaProperties.Environment::sslBundle)
                .orElse(null);
        String name = own != null ? own : properties.sslBundle();
        return name == null || name.isBlank() ? null : name.trim();
    }

    /**
     * The client certificate and trust of a Spring SSL bundle.
     *
     * @throws IllegalArgumentException when there is no such bundle, or it says something the client cannot honour
     */
    static TlsConfig tls(String bundleName, SslBundles bundles) {
        String what = "omega.ssl-bundle=" + bundleName;
        if (bundles == null) {
            throw new IllegalArgumentException(what + ": the application has no SslBundles bean");
        }
        SslBundle bundle;
        try {
            bundle = bundles.getBundle(bundleName);
        } catch (NoSuchSslBundleException e) {
            throw new IllegalArgumentException(what + ": no such SSL bundle; defined: " + bundles.getBundleNames(), e);
        }
        if (bundle.getOptions() != null && bundle.getOptions().isSpecified()) {
            throw new IllegalArgumentException(what + ": the bundle sets ciphers or enabled-protocols, which omega-dit"
                    + " does not apply (it negotiates with the JDK's defaults); remove them from the bundle");
        }
        if (bundle.getProtocol() != null && !SslBundle.DEFAULT_PROTOCOL.equals(bundle.getProtocol())) {
            throw new IllegalArgumentException(what + ": protocol " + bundle.getProtocol() + " is not applied by"
                    + " omega-dit (it uses " + SslBundle.DEFAULT_PROTOCOL + "); remove it from the bundle");
        }
        KeyStore keys = bundle.getStores().getKeyStore();
        KeyStore trust = bundle.getStores().getTrustStore();
        if (keys == null && trust == null) {
            throw new IllegalArgumentException(what + ": the bundle has neither a key store nor a trust store");
        }
        TlsConfig tls;
        if (keys != null) {
            SslBundleKey key = bundle.getKey();
            String password = key.getPassword() != null ? key.getPassword()
                    : bundle.getStores().getKeyStorePassword();
            char[] pw = password == null ? new char[0] : password.toCharArray();
            try {
                tls = TlsConfig.keyStore(key.getAlias() == null ? keys : only(keys, key.getAlias(), pw, what), pw);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
            }
            if (trust != null) {
                tls = tls.trustStore(trust);
            }
        } else {
            tls = TlsConfig.trustOnly(trust);
        }
        return tls;
    }

    /** A key store holding the one key entry the bundle names ({@code key.alias}). */
    private static KeyStore only(KeyStore store, String alias, char[] password, String what) {
        try {
            if (!store.isKeyEntry(alias)) {
                throw new IllegalArgumentException(what + ": key.alias " + alias + " is not a key entry of the bundle's"
                        + " key store");
            }
            KeyStore one = KeyStore.getInstance("PKCS12");
            one.load(null, null);
            KeyStore.ProtectionParameter protection = new KeyStore.PasswordProtection(password);
            one.setEntry(alias, store.getEntry(alias, protection), protection);
            return one;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalArgumentException(what + ": cannot read key.alias " + alias + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
