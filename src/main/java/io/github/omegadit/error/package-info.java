/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The exceptions: {@link io.github.omegadit.error.DitException} is the unchecked root of all of them.
 * {@link io.github.omegadit.error.DitClientException} is the caller's mistake, found before anything was sent
 * ({@link io.github.omegadit.error.InvalidRequestException} lists every {@link io.github.omegadit.error.Violation};
 * {@link io.github.omegadit.error.OutOfSequenceException} is a call the dialogue's state does not allow);
 * {@link io.github.omegadit.error.DitServiceException} is a failure to get a usable answer, with its
 * {@link io.github.omegadit.error.DitServiceException.Failure} kind. Each says whether the request may have reached
 * OMEGA and whether sending it again is safe.
 */
package io.github.omegadit.error;
