/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: only dispatches to the subcommands. */
@Command(name = "omega-dit", mixinStandardHelpOptions = true,
        versionProvider = OmegaDitCommand.Version.class, usageHelpAutoWidth = true,
        description = {"Command line of omega-dit, the client of OMEGA's CreerDIT web service (Demande "
                + "d'Intervention Technique), with its embedded simulator.",
                "Start with: omega-dit demo"},
        subcommands = {DemoCommand.class, SimulatorCommand.class, VerifierCommand.class, CreerCommand.class,
                RdvCommand.class, AbandonnerCommand.class, CatalogueCommand.class, HelpCommand.class})
final class OmegaDitCommand implements Runnable {

    /** The help section on settings, for the top command and the dialogue commands. */
    static final String[] SETTINGS_HELP = {
        "Each setting from its flag, else its environment variable, else its property",
        "in the --config file (flags > environment > file):",
        "  --endpoint        OMEGA_ENDPOINT         omega.endpoint        (required)",
        "  --dn-entreprise   OMEGA_DN_ENTREPRISE    omega.dn-entreprise   (required)",
        "  --numero-cad      OMEGA_NUMERO_CAD       omega.numero-cad      (required)",
        "  --login           OMEGA_LOGIN            omega.login           (required)",
        "  --numero-version  OMEGA_NUMERO_VERSION   omega.numero-version",
        "  --pkcs12          OMEGA_PKCS12           omega.pkcs12",
        "                    OMEGA_PKCS12_PASSWORD  omega.pkcs12-password",
        "  --truststore      OMEGA_TRUSTSTORE       omega.truststore",
        "                    OMEGA_TRUSTSTORE_PASSWORD  omega.truststore-password",
        "  --connect-timeout, --receive-timeout, --call-deadline, --validation,",
        "  --catalogue, --max-calls-per-second: OMEGA_<NAME> and omega.<name> likewise;",
        "  --config: OMEGA_CONFIG. Environments of the file: --env NAME (else OMEGA_ENV,",
        "  else omega.environment) picks omega.environments.NAME.<name>, which wins over",
        "  omega.<name>.",
        "Passwords have no flag (a command line shows in ps) and are never printed.",
        "--json prints the answer as one JSON object on the standard output."
    };

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command (new here? start with 'omega-dit demo')");
    }

    /** The version Maven recorded in the jar; none when run from the classes directory. */
    static final class Version implements IVersionProvider {
        private static final String POM = "/META-INF/maven/io.github.omegadit/omega-dit/pom.properties";

        @Override
        public String[] getVersion() {
            String v = null;
            try (InputStream in = OmegaDitCommand.class.getResourceAsStream(POM)) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    v = p.getProperty("version");
                }
            } catch (IOException e) {
                v = null;
            }
            return new String[] {"omega-dit " + (v == null ? "(development build)" : v)};
        }
    }
}
