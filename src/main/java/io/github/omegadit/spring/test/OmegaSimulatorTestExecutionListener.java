/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring.test;

import io.github.omegadit.simulator.OmegaSimulator;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/** Resets the simulator of a test class annotated {@link AutoConfigureOmegaSimulator} before each test method. */
final class OmegaSimulatorTestExecutionListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 2100; // after dependency injection (2000), before transactions (4000)
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), AutoConfigureOmegaSimulator.class)) {
            testContext.getApplicationContext().getBean(OmegaSimulatorContextCustomizerFactory.BEAN,
                    OmegaSimulator.class).reset();
        }
    }
}
