package id.go.prakerja.catalog;

import java.util.List;

/** What the catalog says about a training; a change is recorded whole, so history shows every past price. */
public record TrainingDetails(
        String title,
        String description,
        Category category,
        String platformCode,
        String provider,
        long price,
        int durationHours,
        Delivery delivery,
        List<String> modules,
        String certificateType,
        String schedule,
        String mentorContact) {

    /** Training categories of the programme. */
    public enum Category {
        DIGITAL,
        FINANCE_ACCOUNTING,
        BUSINESS_MANAGEMENT,
        FOREIGN_LANGUAGE,
        TECHNICAL
    }

    public enum Delivery {
        ONLINE,
        OFFLINE
    }

    public TrainingDetails {
        modules = modules == null ? List.of() : List.copyOf(modules);
    }
}
