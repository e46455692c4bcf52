/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout: generated types only in the wire package, no cycle between public packages, no internal type in a
 * public signature, the client free of the simulator and the command line.
 */
class ArchitectureTest {

    static final String GENERATED = "io.github.omegadit.internal.generated";
    static final Set<String> PUBLIC_PACKAGES = Set.of("protocol", "request", "answer", "error", "rules",
            "simulator", "campagne", "homologation", "spring", "spring.test");
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.omegadit");
    }

    @Test
    void publicSignatures_outsideInternal_neverMentionGeneratedTypes() {
        classes().that().resideOutsideOfPackage("io.github.omegadit.internal..").and().arePublic()
                .should(notExpose(GENERATED, "generated JAXB/JAX-WS types")).check(classes);
    }

    @Test
    void generatedTypes_areUsedOnlyByTheWirePackage_andTheGatewaysPortType() {
        noClasses().that().resideOutsideOfPackages(GENERATED + "..", "io.github.omegadit.internal.wire..")
                .and().doNotHaveFullyQualifiedName("io.github.omegadit.internal.soap.SoapGateway")
                .should().dependOnClassesThat().resideInAPackage(GENERATED + "..")
                .check(classes);
        // the gateway holds the CXF proxy of the port type, and nothing else generated
        noClasses().that().haveFullyQualifiedName("io.github.omegadit.internal.soap.SoapGateway")
                .should().dependOnClassesThat(DescribedPredicate.describe("generated types other than the port type",
                        (JavaClass t) -> t.getPackageName().startsWith(GENERATED)
                                && !t.getSimpleName().equals("CreerDITPortType")))
                .check(classes);
    }

    @Test
    void publicPackages_areFreeOfCycles() {
        SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (p.equals("io.github.omegadit")) {
                    return SliceIdentifier.of("client");
                }
                for (String part : PUBLIC_PACKAGES) {
                    if (p.equals("io.github.omegadit." + part)) {
                        return SliceIdentifier.of(part);
                    }
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "public packages";
            }
        }).should().beFreeOfCycles().check(classes);
    }

    @Test
    void publicSignatures_neverMentionInternalTypes() {
        classes().that().resideOutsideOfPackage("io.github.omegadit.internal..").and().arePublic()
                .should(notExpose("io.github.omegadit.internal", "internal types")).check(classes);
    }

    @Test
    void protocol_dependsOnNoOtherPackageOfTheLibrary() {
        noClasses().that().resideInAPackage("io.github.omegadit.protocol")
                .should().dependOnClassesThat(DescribedPredicate.describe("other packages of the library",
                        (JavaClass t) -> t.getPackageName().startsWith("io.github.omegadit")
                                && !t.getPackageName().equals("io.github.omegadit.protocol")))
                .check(classes);
    }

    @Test
    void clientAndRules_doNotDependOnSimulatorOrCommandLine() {
        noClasses().that().resideInAnyPackage("io.github.omegadit", "io.github.omegadit.protocol",
                        "io.github.omegadit.request", "io.github.omegadit.answer", "io.github.omegadit.error",
                        "io.github.omegadit.rules", "io.github.omegadit.internal.soap", "io.github.omegadit.internal.wire")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.omegadit.simulator..",
                        "io.github.omegadit.internal.simulator..", "io.github.omegadit.cli..", "picocli..",
                        "org.junit..")
                .check(classes);
    }

    @Test
    void springAndMicrometer_areUsedOnlyByTheSpringPackage() {
        // they are optional dependencies: the rest of the library must load without them
        noClasses().that().resideOutsideOfPackage("io.github.omegadit.spring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.micrometer..")
                .check(classes);
    }

    @Test
    void rules_arePure_noTransportOrGeneratedCode() {
        noClasses().that().resideInAPackage("io.github.omegadit.rules..")
                .should().dependOnClassesThat(DescribedPredicate.describe("transport or generated code",
                        (JavaClass t) -> t.getPackageName().startsWith("io.github.omegadit.internal")
                                || t.getPackageName().startsWith("org.apache.cxf")
                                || t.getPackageName().startsWith("java.net")))
                .check(classes);
    }

    /** No public or protected method, constructor or field of the class has a type of the package in its signature. */
    private static ArchCondition<JavaClass> notExpose(String packagePrefix, String what) {
        return new ArchCondition<>("not expose " + what + " in public or protected signatures") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaCodeUnit unit : c.getCodeUnits()) {
                    if (exposed(unit.getModifiers())) {
                        Stream.concat(Stream.of(unit.getRawReturnType()), unit.getRawParameterTypes().stream())
                                .filter(t -> t.getPackageName().startsWith(packagePrefix))
                                .forEach(t -> events.add(SimpleConditionEvent.violated(unit,
                                        unit.getFullName() + " exposes " + t.getName())));
                    }
                }
                for (JavaField f : c.getFields()) {
                    if (exposed(f.getModifiers()) && f.getRawType().getPackageName().startsWith(packagePrefix)) {
                        events.add(SimpleConditionEvent.violated(f, f.getFullName() + " exposes "
                                + f.getRawType().getName()));
                    }
                }
            }
        };
    }

    private static boolean exposed(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
