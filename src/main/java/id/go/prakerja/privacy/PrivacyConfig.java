package id.go.prakerja.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The privacy notice in force. */
@ConfigMapping(prefix = "prakerja.privacy")
public interface PrivacyConfig {

    /**
     * The version of the privacy notice in force: {@code privacy/notice-<version>-<language>.md} on the class path.
     * A participant who accepted another version is asked to accept this one at their next sign-in.
     */
    @WithDefault("2026-12")
    String noticeVersion();
}
