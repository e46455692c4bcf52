/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.wire;

import io.github.omegadit.internal.generated.ObjectFactory;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

/** The one JAXB context of the generated types, built on first use and shared by every simulator. */
public final class Jaxb {

    public static final ObjectFactory FACTORY = new ObjectFactory();

    private Jaxb() {}

    public static JAXBContext context() {
        return Holder.CONTEXT;
    }

    private static final class Holder {
        static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(ObjectFactory.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot build the JAXB context of the CreerDIT contract", e);
            }
        }
    }
}
