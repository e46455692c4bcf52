/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Spring Boot 3.5 and 4.0 integration, in the same artifact, with Spring and Micrometer as optional dependencies:
 * nothing here is loaded unless Boot finds it on its own.
 * <ul>
 * <li>{@link io.github.omegadit.spring.OmegaAutoConfiguration}: a {@link io.github.omegadit.DitClient} bean from the
 *     {@code omega.*} properties ({@link io.github.omegadit.spring.OmegaProperties}, the command line's names, named
 *     environments included), TLS from properties or a Spring SSL bundle, backing off when the application defines
 *     its own client; {@link io.github.omegadit.spring.DitClientCustomizer} for the rest.</li>
 * <li>{@link io.github.omegadit.spring.MicrometerCallObserver}: a Micrometer Observation per call (a timer, and a
 *     span with Boot's tracing bridge; names in {@link io.github.omegadit.spring.DefaultOmegaCallObservationConvention})
 *     and counters; {@link io.github.omegadit.spring.OmegaClientMetrics}: gauges. Usable without Spring.</li>
 * <li>{@link io.github.omegadit.spring.OmegaHealthIndicator} (Boot 3) and
 *     {@link io.github.omegadit.spring.OmegaBoot4HealthIndicator} (Boot 4): the {@code omega} health, computed from
 *     {@link io.github.omegadit.DitClient#health()}, never by calling OMEGA.</li>
 * <li>{@code io.github.omegadit.spring.test}: {@code @AutoConfigureOmegaSimulator} points the application's client
 *     at an embedded simulator in a {@code @SpringBootTest}.</li>
 * </ul>
 */
package io.github.omegadit.spring;
