/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The library's one JSON reader and writer: {@code JsonReader} (strict RFC 8259, errors at source:line:column),
 * {@code JsonField} (typed, path-named access to what it read) and {@code JsonWriter} (indented or compact). Used by
 * the homologation case files and report, the command line's {@code --json} and the simulator's admin API. Not API.
 */
package io.github.omegadit.internal.json;
