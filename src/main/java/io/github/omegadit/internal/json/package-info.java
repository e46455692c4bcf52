/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The SDK's one JSON reader and writer (the JDK has none, and the core keeps no JSON library in a consumer's tree):
 * {@link io.github.omegadit.internal.json.JsonReader} reads strict RFC 8259 text into maps, lists, strings, numbers,
 * booleans and nulls, with errors that say {@code source:line:column: why};
 * {@link io.github.omegadit.internal.json.JsonField} reads a value by path and names the path when it is not what is
 * expected; {@link io.github.omegadit.internal.json.JsonWriter} writes the same values back. Used by the homologation
 * case files and reports, the simulator's admin API and the command line's JSON output.
 */
package io.github.omegadit.internal.json;
