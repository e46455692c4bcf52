/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags of the observation of a call to OMEGA. Define a bean of this type to change them; the default is
 * {@link DefaultOmegaCallObservationConvention}.
 */
public interface OmegaCallObservationConvention extends ObservationConvention<OmegaCallContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof OmegaCallContext;
    }
}
