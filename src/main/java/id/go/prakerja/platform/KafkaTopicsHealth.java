package id.go.prakerja.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the service's topics exist: before that nothing it records can be published. Once they do, it stays
 * ready through a Kafka outage, because commands go on and the relay catches up after; the relay's state is a detail
 * of {@code SubscriptionsHealth}.
 */
@Readiness
@ApplicationScoped
public class KafkaTopicsHealth implements HealthCheck {

    private final KafkaTopicProvisioner provisioner;

    public KafkaTopicsHealth(KafkaTopicProvisioner provisioner) {
        this.provisioner = provisioner;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("Kafka topics");
        var problem = provisioner.problem();
        return problem == null
                ? builder.up().build()
                : builder.down().withData("problem", problem).build();
    }
}
