package id.go.prakerja.grievance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** The grievance categories and their terms. */
@ConfigMapping(prefix = "prakerja.grievances")
public interface GrievanceConfig {

    /** Every category a grievance may be filed under, by its code (such as {@code INCENTIVE_NOT_RECEIVED}). */
    Map<String, Category> categories();

    /** The terms of one category. */
    interface Category {

        /** Hours from filing within which it should be resolved; still open past them, it is escalated. */
        int serviceLevelHours();

        /** The team that works it. */
        String team();

        /** Whether only registrars may read and work it (fraud reports), not support. */
        @WithDefault("false")
        boolean sensitive();

        /** Whether someone who does not sign in may file it. */
        @WithDefault("false")
        boolean anonymous();
    }
}
