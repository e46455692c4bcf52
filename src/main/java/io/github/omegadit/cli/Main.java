package io.github.omegadit.cli;

import io.github.omegadit.internal.generated.CreerDITPortType;
import jakarta.jws.WebMethod;
import java.util.Arrays;
import java.util.Objects;

/** Command-line entry point. For now it lists the operations of the contract the jar was built from. */
public final class Main {

    private Main() {}

    /** Prints the contract's operations. */
    public static void main(String[] args) {
        System.out.println("omega-dit contract operations (wsdl/CreerDIT.wsdl):");
        Arrays.stream(CreerDITPortType.class.getMethods())
                .map(m -> m.getAnnotation(WebMethod.class))
                .filter(Objects::nonNull)
                .map(WebMethod::operationName)
                .sorted()
                .forEach(op -> System.out.println("  " + op));
    }
}
