/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import io.github.omegadit.CallObserver;
import io.github.omegadit.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;

/**
 * Transport settings of one client.
 *
 * @param endpoint          the service URL
 * @param connectTimeout    TCP (and TLS) connect timeout
 * @param receiveTimeout    wait for the answer's headers
 * @param callDeadline      bound on a whole call, retries and rate-limit waits included
 * @param retry             retry policy for retry-safe failures
 * @param maxCallsPerSecond client-side rate limit, 0 for none
 * @param keyManagers       client certificate for mutual TLS, or {@code null}
 * @param trustManagers     trust for the server certificate, or {@code null} for the JDK default
 * @param messageLogging    log SOAP payloads (masked) at DEBUG
 * @param maxResponseBytes  refuse answers larger than this
 * @param connectionMaxIdle a connection idle longer than this is never reused
 * @param observers         told of every call, around it (the client's health tracker first)
 */
public record GatewaySettings(URI endpoint, Duration connectTimeout, Duration receiveTimeout, Duration callDeadline,
        RetryPolicy retry, double maxCallsPerSecond, KeyManager[] keyManagers, TrustManager[] trustManagers,
        boolean messageLogging, long maxResponseBytes, Duration connectionMaxIdle,
        List<CallObserver> observers) {}
