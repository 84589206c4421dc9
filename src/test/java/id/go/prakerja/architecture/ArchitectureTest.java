package id.go.prakerja.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.go.prakerja.participant.ParticipantRules;
import id.go.prakerja.participant.Profile;
import id.go.prakerja.participant.ProgramRules;
import id.go.prakerja.participant.StatusMachine;
import id.go.prakerja.platform.command.Decider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the deciders pure, time injected, the capabilities acyclic, SQL out of resources, the event store generic. */
class ArchitectureTest {

    private static final String[] INFRASTRUCTURE = {
        "io.quarkus..",
        "io.vertx..",
        "io.smallrye..",
        "org.hibernate..",
        "jakarta.persistence..",
        "java.sql..",
        "javax.sql..",
        "org.apache.kafka..",
        "jakarta.ws.rs.."
    };

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.go.prakerja");
    }

    /**
     * The pure side: every record of a sealed event or command interface, every state a decider folds, the
     * deciders, the capabilities' rules and the status machine. Derived from the code, so a new stream's types are
     * held to it without being listed here.
     */
    private static DescribedPredicate<JavaClass> pure() {
        var sealed = production.stream()
                .filter(type -> type.isInterface() && type.reflect().isSealed())
                .filter(type -> type.getSimpleName().endsWith("Event")
                        || type.getSimpleName().endsWith("Command"))
                .map(JavaClass::getName)
                .toList();
        return DescribedPredicate.describe(
                "records of sealed events and commands, deciders, rules and states",
                type -> sealed.stream().anyMatch(type::isAssignableTo)
                        || type.isAssignableTo(Decider.class)
                        || type.isAssignableTo(ParticipantRules.class)
                        || type.getSimpleName().endsWith("Decider")
                        || type.getSimpleName().endsWith("State")
                        || type.getSimpleName().endsWith("Evolution")
                        || type.isAssignableTo(StatusMachine.class)
                        || type.isAssignableTo(Profile.class)
                        || type.isAssignableTo(ProgramRules.class)
                        || type.getPackageName().startsWith("id.go.prakerja.platform.decision"));
    }

    @Test
    void thePureSideUsesNoInfrastructure() {
        noClasses()
                .that(pure())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(INFRASTRUCTURE)
                .check(production);
    }

    @Test
    void thePureSideReadsNoClock() {
        noClasses()
                .that(pure())
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(Clock.class, "instant")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .check(production);
    }

    /** Time comes from the injected clock everywhere, so that tests and replays control it. */
    @Test
    void nothingReadsTheSystemClockButTheClockProducer() {
        noClasses()
                .that()
                .doNotHaveSimpleName("ClockProducer")
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .check(production);
    }

    @Test
    void capabilitiesDoNotDependOnEachOtherInACycle() {
        slices().matching("id.go.prakerja.(*)..").should().beFreeOfCycles().check(production);
    }

    /** A capability that the participant's stream depended on could not be changed without touching the core. */
    @Test
    void theParticipantsStreamDependsOnNoCapability() {
        noClasses()
                .that()
                .resideInAPackage("id.go.prakerja.participant..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "id.go.prakerja.registration..",
                        "id.go.prakerja.profile..",
                        "id.go.prakerja.identity..",
                        "id.go.prakerja.batch..",
                        "id.go.prakerja.catalog..",
                        "id.go.prakerja.training..",
                        "id.go.prakerja.incentive..",
                        "id.go.prakerja.oversight..",
                        "id.go.prakerja.overview..")
                .check(production);
    }

    @Test
    void resourcesLeaveTheDatabaseToQueryAndServiceClasses() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.vertx.mutiny.sqlclient..",
                        "io.vertx.sqlclient..",
                        "io.vertx.mutiny.pgclient..",
                        "io.vertx.pgclient..",
                        "org.hibernate..",
                        "io.quarkus.hibernate..",
                        "jakarta.persistence..")
                .check(production);
    }

    @Test
    void theEventStoreKnowsNothingOfThePrakerjaDomain() {
        noClasses()
                .that()
                .resideInAPackage("id.go.prakerja.eventstore..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("id.go.prakerja..").and(resideOutsideOfPackage("id.go.prakerja.eventstore..")))
                .check(production);
    }
}
