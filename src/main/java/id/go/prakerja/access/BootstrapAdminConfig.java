package id.go.prakerja.access;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The first admin, created at start when no enabled admin exists: {@code PRAKERJA_BOOTSTRAP_ADMIN_EMAIL} and
 * {@code PRAKERJA_BOOTSTRAP_ADMIN_PASSWORD}, from a Kubernetes Secret. Change the password after the first sign-in.
 */
@ConfigMapping(prefix = "prakerja.bootstrap-admin")
public interface BootstrapAdminConfig {

    Optional<String> email();

    Optional<String> password();
}
