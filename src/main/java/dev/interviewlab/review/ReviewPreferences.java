package dev.interviewlab.review;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** One learner's review settings: the desired retention and the interview-date plan. */
@Entity
@Table(name = "review_preferences")
public class ReviewPreferences {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private AttemptOwner owner;

    private double desiredRetention;

    private LocalDate interviewDate;

    private String planCategories;

    private int planExposures;

    private String planZone;

    private Instant updatedAt;

    @Version
    private long version;

    protected ReviewPreferences() {
    }

    ReviewPreferences(AttemptOwner owner, ReviewSettings settings, Instant now) {
        this.owner = owner;
        update(settings, now);
    }

    void update(ReviewSettings settings, Instant now) {
        desiredRetention = settings.desiredRetention();
        interviewDate = settings.interviewDate();
        planCategories = String.join(",", settings.categories());
        planExposures = settings.exposures();
        planZone = settings.zone().getId();
        updatedAt = now;
    }

    /**
     * The settings a stored row holds, from its columns: read as values by {@link ReviewPreferencesService#settings},
     * where loading the entity cost more than the read (docs/benchmarks/performance.md, seventh pass).
     */
    static ReviewSettings settingsOf(double desiredRetention, LocalDate interviewDate, String planCategories,
                                     int planExposures, String planZone) {
        List<String> categories = planCategories == null || planCategories.isEmpty() ? List.of()
                : Arrays.asList(planCategories.split(","));
        return new ReviewSettings(desiredRetention, interviewDate, categories, planExposures, ZoneId.of(planZone));
    }

    void moveTo(AttemptOwner to) {
        owner = to;
    }

    public AttemptOwner getOwner() {
        return owner;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
