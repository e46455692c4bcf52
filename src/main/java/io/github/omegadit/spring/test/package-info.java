/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Test support for Spring Boot applications: {@link io.github.omegadit.spring.test.AutoConfigureOmegaSimulator}
 * points the application's {@link io.github.omegadit.DitClient} at an embedded OMEGA simulator in a
 * {@code @SpringBootTest}. Needs {@code spring-boot-test} (the application's test scope), read only by Spring's
 * test framework.
 */
package io.github.omegadit.spring.test;
