/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same sources give byte-identical jars: the sources this build packaged are copied to another
 * directory and built again by Maven, offline, and both jars, library and command line, are compared byte for byte
 * with the ones this build made.
 */
class ReproducibleBuildIT {

    private static Path path(String property) {
        String value = System.getProperty(property);
        assertThat(value).as("system property " + property + " (set by the failsafe configuration)").isNotBlank();
        return Path.of(value);
    }

    @Test
    void aSecondBuildOfTheSameSources_elsewhere_givesByteIdenticalJars(@TempDir Path copy) throws Exception {
        Path basedir = path("omega.basedir");
        for (String part : List.of("pom.xml", "LICENSE", "wsdl", "xsd", "src/main")) {
            copyTree(basedir.resolve(part), copy.resolve(part));
        }
        Path log = copy.resolve("build.log");
        String mvn = path("omega.mavenHome").resolve("bin").resolve("mvn").toString();
        Process build = new ProcessBuilder(mvn, "-o", "-B", "-q", "-DskipTests", "-Dinvoker.skip=true",
                "-Dlicense.skip=true", "-Dmaven.repo.local=" + path("omega.mavenRepo"), "package")
                .directory(copy.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = build.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            build.destroyForcibly();
        }
        assertThat(ended).as("the second build ended within 10 minutes").isTrue();
        assertThat(build.exitValue()).as(() -> "second build's exit code; its log:\n" + tail(log)).isZero();

        for (String jar : List.of("omega.jar", "omega.cli.jar")) {
            Path first = path(jar);
            Path second = copy.resolve("target").resolve(first.getFileName());
            assertThat(sha256(second)).as(first.getFileName() + " built twice").isEqualTo(sha256(first));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(p -> {
                Path target = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
