/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.internal.soap.PayloadLogging;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every SOAP exchange the simulator serves as XML files, personal data masked as in payload logging:
 * {@code 000001-CreerDemandeDIT-request.xml} and {@code 000001-CreerDemandeDIT-response.xml}, numbered from 1 each
 * time a directory is set. A response file is written when a SOAP envelope (answer or fault) was sent; a forced HTTP
 * status, closed connection or lost answer leaves the request alone. Thread-safe; a file that cannot be written is
 * logged and does not disturb the exchange.
 */
public final class Recording {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.omegadit.simulator");

    private Path directory;
    private int sequence;

    /**
     * Records into {@code directory} from now on, numbering from 1 (created if missing); {@code null} stops.
     *
     * @throws UncheckedIOException when the directory cannot be created
     */
    public synchronized void to(Path directory) {
        if (directory != null) {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the recording directory " + directory, e);
            }
        }
        this.directory = directory;
        this.sequence = 0;
    }

    /** Where exchanges are written, or {@code null}. */
    public synchronized Path directory() {
        return directory;
    }

    /** The number the next exchange gets, or 0 when not recording. */
    synchronized int next() {
        return directory == null ? 0 : ++sequence;
    }

    /**
     * Writes one exchange.
     *
     * @param number   from {@link #next()}; 0 writes nothing
     * @param name     the operation's name, or {@code unknown} for a request that could not be read
     * @param response the SOAP envelope sent, or {@code null}
     */
    void write(int number, String name, byte[] request, byte[] response) {
        if (number == 0) {
            return;
        }
        Path dir;
        synchronized (this) {
            dir = directory;
        }
        if (dir == null) {
            return;
        }
        Objects.requireNonNull(name, "name");
        String prefix = String.format("%06d-%s-", number, name);
        try {
            Files.writeString(dir.resolve(prefix + "request.xml"), masked(request), StandardCharsets.UTF_8);
            if (response != null) {
                Files.writeString(dir.resolve(prefix + "response.xml"), masked(response), StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot record exchange {} in {}: {}", prefix, dir, e.toString());
        }
    }

    private static String masked(byte[] xml) {
        return PayloadLogging.mask(new String(xml, StandardCharsets.UTF_8));
    }
}
