/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.build;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packaged jars as a consumer and a publisher see them (run by failsafe after {@code package}): the library's
 * classes all under the SDK's own package, a stable module name, the executable CLI jar attached for publication,
 * and entries stamped with {@code project.build.outputTimestamp} rather than the build's clock, which with the
 * plugins {@code artifact:check-buildplan} vets is what makes two builds byte-identical.
 */
class JarIT {

    private static Path path(String property) {
        String value = System.getProperty(property);
        assertThat(value).as("system property " + property + " (set by the failsafe configuration)").isNotBlank();
        return Path.of(value);
    }

    private static List<JarEntry> entries(JarFile jar) {
        return jar.stream().collect(Collectors.toList());
    }

    /**
     * The entries this build wrote carry {@code project.build.outputTimestamp}, not the build's clock. The zip format
     * keeps local time: read back in this JVM's zone, the time is the stamp itself or the stamp shifted by the zone's
     * offset, depending on how the archiver converted it.
     */
    private static void assertStampedWithOutputTimestamp(JarFile jar, String entryPrefix) {
        Instant stamp = Instant.parse(System.getProperty("omega.outputTimestamp"));
        long offset = TimeZone.getDefault().getOffset(stamp.toEpochMilli());
        Set<Long> accepted = new HashSet<>(List.of(stamp.toEpochMilli(), stamp.toEpochMilli() - offset,
                stamp.toEpochMilli() + offset));
        List<JarEntry> own = jar.stream().filter(e -> e.getName().startsWith(entryPrefix)
                || e.getName().equals("META-INF/MANIFEST.MF")).toList();
        assertThat(own).as(jar.getName()).isNotEmpty()
                .allSatisfy(e -> assertThat(accepted).as(e.getName()).contains(e.getTime()));
    }

    @Test
    void libraryJar_holdsOnlyTheSdksOwnClasses() throws IOException {
        try (JarFile jar = new JarFile(path("omega.jar").toFile())) {
            List<String> classes = entries(jar).stream().map(JarEntry::getName).filter(n -> n.endsWith(".class"))
                    .toList();
            assertThat(classes).isNotEmpty().allMatch(n -> n.startsWith("io/github/omegadit/"));
            assertThat(classes).contains("io/github/omegadit/DitClient.class")
                    .noneMatch(n -> n.startsWith("org/w3/"));
        }
    }

    @Test
    void libraryJar_namesItsAutomaticModule() throws IOException {
        try (JarFile jar = new JarFile(path("omega.jar").toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertThat(main.getValue("Automatic-Module-Name")).isEqualTo("io.github.omegadit");
        }
    }

    @Test
    void libraryJar_isStampedWithTheOutputTimestamp() throws IOException {
        try (JarFile jar = new JarFile(path("omega.jar").toFile())) {
            assertStampedWithOutputTimestamp(jar, "");
        }
    }

    @Test
    void cliJar_isExecutable_withoutJUnit_andItsOwnEntriesStampedWithTheOutputTimestamp() throws IOException {
        try (JarFile jar = new JarFile(path("omega.cli.jar").toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertThat(main.getValue("Main-Class")).isEqualTo("io.github.omegadit.cli.Main");
            assertThat(entries(jar)).extracting(JarEntry::getName).noneMatch(n -> n.startsWith("org/junit/"))
                    .contains("picocli/CommandLine.class", "io/github/omegadit/cli/Main.class");
            // the entries copied from the dependencies' jars keep their own (fixed) times
            assertStampedWithOutputTimestamp(jar, "io/github/omegadit/");
        }
    }

    @Test
    void cliJar_isAttachedWithTheClassifierCli() throws IOException {
        // invoker:install put the project's artifacts, attached ones included, into the build's local repository
        Path installed = path("omega.localRepo").resolve("io/github/omegadit/omega-dit")
                .resolve(System.getProperty("omega.version"))
                .resolve("omega-dit-" + System.getProperty("omega.version") + "-cli.jar");
        assertThat(installed).exists();
        assertThat(Files.mismatch(installed, path("omega.cli.jar"))).isEqualTo(-1L);
    }
}
