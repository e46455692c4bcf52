/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.DitClient;
import io.github.omegadit.OmegaConfiguration;
import io.github.omegadit.OmegaEnvironment;
import io.github.omegadit.homologation.Doctor;
import io.github.omegadit.homologation.DoctorCheck;
import io.github.omegadit.homologation.DoctorReport;
import io.github.omegadit.request.VerifierRecevabilite;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code doctor}: the library's {@link Doctor} on the resolved connection settings, one line per check (or one JSON
 * object), exit code 0 only when every check passes.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Why can't I connect? Checks DNS, TCP connect, the TLS handshake (server chain, hostname, "
                + "whether the client certificate is accepted), the client certificate's expiry, the clock against "
                + "the server's Date, and the WSDL served against the bundled contract; with --pce also one "
                + "VerifierRecevabiliteDIT.", "One line per check: PASS, WARN, FAIL or SKIP. Uses the connection "
                + "settings of the dialogue commands (only --endpoint is required, and the identity with --pce)."})
final class DoctorCommand implements Callable<Integer>, OwnExitCodes {

    /** Every check passed (or was skipped). */
    static final int ALL_PASSED = 0;
    /** At least one check failed or warned. */
    static final int CHECK_FAILED = 3;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--pce", paramLabel = "PCE", order = 1,
            description = "Also send one VerifierRecevabiliteDIT for this PCE (a refusal is recorded by OMEGA as a "
                    + "demande in status 22/23).")
    String pce;

    @Option(names = "--code-postal", paramLabel = "CP", order = 2,
            description = "CodePostal of the VerifierRecevabiliteDIT.")
    String codePostal;

    @Option(names = "--wsdl", paramLabel = "URL|FILE", order = 3,
            description = "Where the WSDL to compare is: a URL, or a file (e.g. the one the distributor delivered);"
                    + " default the endpoint with ?wsdl.")
    String wsdl;

    @Option(names = "--max-clock-skew", paramLabel = "DURATION", order = 4,
            description = "Largest clock difference with the server that passes (default 60s).")
    String maxClockSkew;

    @Option(names = "--json", order = 90, description = "Print the checks as one JSON object.")
    boolean json;

    private final CliContext ctx;

    DoctorCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Map<String, String> exitCodeHelp() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("0", "every check passed (or was skipped)");
        m.put("1", "unexpected error");
        m.put("2", "invalid input or usage (bad option or setting)");
        m.put("3", "at least one check failed or warned");
        return m;
    }

    @Override
    public Integer call() {
        Settings settings;
        Doctor.Builder doctor = Doctor.builder();
        try {
            settings = Settings.resolve(connection, ctx.env());
            OmegaEnvironment resolved = settings.resolved();
            URI endpoint = resolved.endpoint();
            if (endpoint == null) {
                throw new SettingsException("missing setting: endpoint (" + Settings.Key.ENDPOINT.sources() + ")");
            }
            doctor.endpoint(endpoint).tls(resolved.tls());
            resolved.get(OmegaConfiguration.Setting.CONNECT_TIMEOUT)
                    .ifPresent(v -> doctor.timeout(Settings.duration(v.text())));
            if (maxClockSkew != null) {
                doctor.maxClockSkew(Settings.duration(maxClockSkew));
            }
            if (wsdl != null) {
                doctor.wsdl(wsdl.matches("(?i)(https?|file):.*") ? URI.create(wsdl) : Path.of(wsdl).toUri());
            }
        } catch (SettingsException | IllegalArgumentException e) {
            ctx.err().println("omega-dit: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (pce == null) {
            return print(doctor.build().run());
        }
        DitClient client;
        try {
            client = settings.client();
        } catch (SettingsException e) {
            ctx.err().println("omega-dit: " + e.getMessage() + " (needed by --pce)");
            return ExitCodes.USAGE;
        }
        try (client) {
            VerifierRecevabilite request = VerifierRecevabilite.pce(pce);
            return print(doctor.verifierRecevabilite(client, codePostal == null ? request
                    : request.codePostal(codePostal)).build().run());
        }
    }

    private int print(DoctorReport report) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("endpoint", report.endpoint().toString());
            m.put("at", report.at().toString());
            m.put("passed", report.allPassed());
            List<Object> checks = new ArrayList<>();
            for (DoctorCheck c : report.checks()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("check", c.kind().id());
                one.put("status", c.status().name());
                one.put("detail", c.detail());
                checks.add(one);
            }
            m.put("checks", checks);
            ctx.out().println(Json.write(m));
        } else {
            ctx.out().println("omega-dit doctor: " + report.endpoint());
            ctx.out().print(report);
            ctx.out().println(report.allPassed() ? "All checks passed." : "Some checks did not pass.");
        }
        ctx.out().flush();
        return report.allPassed() ? ALL_PASSED : CHECK_FAILED;
    }
}
