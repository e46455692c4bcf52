/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The text forms of configuration values (durations, validation modes, catalogues, key stores...), read the same way
 * by {@link io.github.omegadit.OmegaConfiguration} and the command line, with errors that quote the text and show the
 * accepted forms.
 */
package io.github.omegadit.internal.config;
