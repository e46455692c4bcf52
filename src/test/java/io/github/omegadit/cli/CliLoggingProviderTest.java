/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The command line's SLF4J binding: the library's warnings only, on the error stream. */
class CliLoggingProviderTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliLoggingProvider provider = new CliLoggingProvider();

    CliLoggingProviderTest() {
        provider.initialize();
        CliLoggingProvider.sink(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        CliLoggingProvider.sink(System.err);
    }

    private String printed() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theLibrarysWarningsAndErrors_arePrinted_withTheirArguments() {
        Logger log = provider.getLoggerFactory().getLogger("io.github.omegadit.TlsConfig");

        log.warn("client certificate {} expires on {}", "CN=Demo", "2026-12-01");
        log.error("broken", new IllegalStateException("boom"));

        assertThat(printed()).isEqualTo("omega-dit: warning: client certificate CN=Demo expires on 2026-12-01\n"
                + "omega-dit: error: broken (java.lang.IllegalStateException: boom)\n");
    }

    @Test
    void lowerLevels_andOtherLibraries_areDropped() {
        Logger ours = provider.getLoggerFactory().getLogger("io.github.omegadit.client");
        Logger cxf = provider.getLoggerFactory().getLogger("org.apache.cxf.phase.PhaseInterceptorChain");

        ours.info("retrying in {} ms", 200);
        ours.debug("state");
        cxf.warn("Interceptor has thrown exception, unwinding now");
        cxf.error("error");

        assertThat(printed()).isEmpty();
        assertThat(ours.isWarnEnabled()).isTrue();
        assertThat(cxf.isWarnEnabled()).isFalse();
    }

    @Test
    void itProvidesTheRestOfWhatSlf4jAsks() {
        assertThat(provider.getMarkerFactory().getMarker("m").getName()).isEqualTo("m");
        assertThat(provider.getMDCAdapter()).isNotNull();
        assertThat(provider.getRequestedApiVersion()).startsWith("2.0");
    }
}
