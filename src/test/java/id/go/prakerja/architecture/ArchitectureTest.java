package id.go.prakerja.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.go.prakerja.batch.BatchCommand;
import id.go.prakerja.batch.BatchEvent;
import id.go.prakerja.batch.BatchState;
import id.go.prakerja.participant.ParticipantCommand;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.Profile;
import id.go.prakerja.participant.ProgramRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the deciders pure and the event store generic. */
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

    @Test
    void decidersAndTheirDomainTypesUseNoInfrastructure() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Decider")
                .or()
                .areAssignableTo(ParticipantEvent.class)
                .or()
                .areAssignableTo(ParticipantCommand.class)
                .or()
                .areAssignableTo(ParticipantState.class)
                .or()
                .areAssignableTo(BatchEvent.class)
                .or()
                .areAssignableTo(BatchCommand.class)
                .or()
                .areAssignableTo(BatchState.class)
                .or()
                .areAssignableTo(Profile.class)
                .or()
                .areAssignableTo(ProgramRules.class)
                .or()
                .resideInAPackage("id.go.prakerja.platform.decision..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(INFRASTRUCTURE)
                .check(production);
    }

    @Test
    void deciderClassesDoNotReadTheClock() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Decider")
                .should()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.Clock.class, "instant")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
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
