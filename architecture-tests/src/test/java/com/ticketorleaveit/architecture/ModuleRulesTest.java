package com.ticketorleaveit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module rules of docs/architecture.md, checked on the compiled code of every context. ArchUnit fails a rule
 * whose subject matches no class, so a rule naming a package that does not exist fails too.
 */
class ModuleRulesTest {

    static final List<String> CONTEXTS =
            List.of("users", "organizers", "vendors", "events", "tickets", "payments", "notifications");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.ticketorleaveit");
    }

    static List<String> contexts() {
        return CONTEXTS;
    }

    @ParameterizedTest
    @MethodSource("contexts")
    void apiModulesHoldOnlyRecordsWithoutSpringOrPersistence(String context) {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("com.ticketorleaveit." + context + ".api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.ticketorleaveit.platform..");
        rule.check(classes);
    }

    @ParameterizedTest
    @MethodSource("contexts")
    void commandModuleDependsOnlyOnItsOwnApi(String context) {
        String[] otherContexts = CONTEXTS.stream()
                .filter(other -> !other.equals(context))
                .map(other -> "com.ticketorleaveit." + other + "..")
                .toArray(String[]::new);
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("com.ticketorleaveit." + context + ".command..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(otherContexts);
        rule.check(classes);
    }

    @ParameterizedTest
    @MethodSource("contexts")
    void nothingOutsideAContextUsesItsCommandModule(String context) {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage("com.ticketorleaveit." + context + ".command..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.ticketorleaveit." + context + ".command..");
        rule.check(classes);
    }

    @ParameterizedTest
    @MethodSource("contexts")
    void queryModuleReadsOnlyPublishedLanguage(String context) {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("com.ticketorleaveit." + context + ".query..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.ticketorleaveit.*.command..");
        rule.check(classes);
    }

    /** Refusals are categories in domain words; only web adapters turn them, or anything else, into HTTP. */
    @ParameterizedTest
    @MethodSource("contexts")
    void commandSideSpeaksNoHttpOutsideItsWebAdapters(String context) {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("com.ticketorleaveit." + context + ".command..")
                .and()
                .resideOutsideOfPackage("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.ticketorleaveit.platform.web..");
        rule.check(classes);
    }

    @Test
    void sagasSpeakNoHttp() {
        noClasses()
                .that()
                .resideInAPackage("com.ticketorleaveit.saga..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.ticketorleaveit.platform.web..")
                .check(classes);
    }

    @Test
    void aggregatesArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Aggregate.class)
                .should()
                .notBePublic()
                .check(classes);
    }

    @Test
    void sagasLiveInTheOrchestratorAndUseOnlyPublishedLanguage() {
        noClasses()
                .that()
                .resideInAPackage("com.ticketorleaveit.saga..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.ticketorleaveit.*.command..")
                .check(classes);
        classes()
                .that()
                .areAnnotatedWith(org.axonframework.spring.stereotype.Saga.class)
                .should()
                .resideInAPackage("com.ticketorleaveit.saga..")
                .check(classes);
    }
}
