/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The client's CXF wiring and transport. {@link io.github.omegadit.internal.soap.SoapGateway} builds one private
 * bus and proxy per client (the generated port type is the only generated type used here);
 * {@link io.github.omegadit.internal.soap.LaneConduit} and {@link io.github.omegadit.internal.soap.ConnectionLanes}
 * carry each exchange on a JDK {@code HttpClient} whose connection's idle time is known;
 * {@link io.github.omegadit.internal.soap.CallRunner} runs a call (deadline watchdog, retries of what cannot have
 * reached OMEGA, rate limit, MDC, observation); {@link io.github.omegadit.internal.soap.FailureTranslator} turns what
 * CXF and the JDK throw into {@link io.github.omegadit.error.DitServiceException} kinds;
 * {@link io.github.omegadit.internal.soap.ResponseGuardInterceptor} and
 * {@link io.github.omegadit.internal.soap.BoundedBody} bound an answer's size; payload logging masks personal data;
 * {@link io.github.omegadit.internal.soap.TlsDiagnosis} names the cause of a TLS failure.
 */
package io.github.omegadit.internal.soap;
