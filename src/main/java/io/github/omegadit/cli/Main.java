package io.github.omegadit.cli;

import io.github.omegadit.Operation;

/** Command-line entry point. For now it lists the operations of the contract the jar was built from. */
public final class Main {

    private Main() {}

    /** Prints the contract's operations. */
    public static void main(String[] args) {
        System.out.println("omega-dit contract operations (wsdl/CreerDIT.wsdl):");
        for (Operation op : Operation.values()) {
            System.out.println("  " + op.wsdlName() + (op.idempotent() ? " (safe to retry)" : ""));
        }
    }
}
