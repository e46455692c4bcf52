/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The wire: the only code that touches the JAXB types generated from {@code wsdl/} and {@code xsd/}, in both
 * directions. {@link io.github.omegadit.internal.wire.Request} is a request as typed values (one record per
 * operation, one {@link io.github.omegadit.internal.wire.Identity} block); {@link io.github.omegadit.internal.wire.Requests}
 * and {@link io.github.omegadit.internal.wire.Answers} map requests and answers to and from the generated classes,
 * answers through the one table {@link io.github.omegadit.answer.AnnexeA}. The client calls through
 * {@link io.github.omegadit.internal.wire.PortCalls}, the simulator reads and writes envelopes with
 * {@link io.github.omegadit.internal.wire.ServerCodec}. {@link io.github.omegadit.internal.wire.Contract} locates the
 * contract files and compiles the XSD.
 *
 * <p>Swapping in the distributor's official XSD is a change to this package (and the build's namespace mapping):
 * the client, the simulator's engine and the public API never see a generated type.
 */
package io.github.omegadit.internal.wire;
