package dev.interviewlab.account;

import dev.interviewlab.web.InvalidInputException.FieldProblem;
import dev.interviewlab.web.ReaderTimeZone;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A learner's day: the time zone their days start and end in, and the daily review goal the Today page's
 * streak measures against. Both are optional in the profile; an unset goal is {@value #DEFAULT_GOAL}.
 */
public final class DayPreferences {

    public static final int DEFAULT_GOAL = 10;
    public static final int MIN_GOAL = 1;
    public static final int MAX_GOAL = 500;

    /** Region ids (Europe/Berlin, Asia/Shanghai) and UTC: what the profile offers and accepts. */
    public static final Set<String> ZONES = offeredZones();

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    private DayPreferences() {
    }

    private static Set<String> offeredZones() {
        Set<String> zones = new TreeSet<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            // offsets and the legacy aliases (Etc/GMT+5 means UTC−5, SystemV/…) only confuse a picker
            if (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                zones.add(id);
            }
        }
        zones.add("UTC");
        return Collections.unmodifiableSet(zones);
    }

    /**
     * The submitted profile fields, checked: an unknown zone or a goal outside {@value #MIN_GOAL} to
     * {@value #MAX_GOAL} is a field problem. A blank zone means "unset" (the browser's zone is used).
     */
    static Parsed parse(String timeZone, String dailyGoal) {
        List<FieldProblem> problems = new ArrayList<>();
        String zone = timeZone == null ? "" : timeZone.strip();
        if (!zone.isEmpty() && !ZONES.contains(zone)) {
            problems.add(FieldProblem.of("timeZone", "today.profile.error.timeZone"));
        }
        String goalText = dailyGoal == null ? "" : dailyGoal.strip();
        Integer goal = null;
        if (DIGITS.matcher(goalText).matches() && Integer.parseInt(goalText) >= MIN_GOAL && Integer.parseInt(goalText) <= MAX_GOAL) {
            goal = Integer.parseInt(goalText);
        } else {
            problems.add(FieldProblem.of("dailyGoal", "today.profile.error.dailyGoal", MIN_GOAL, MAX_GOAL));
        }
        return new Parsed(zone.isEmpty() ? null : zone, goal, problems);
    }

    record Parsed(String timeZone, Integer dailyGoal, List<FieldProblem> problems) {
    }

    /** The stored zone id, if any and still known to this JVM's zone rules. */
    static Optional<ZoneId> zone(String stored) {
        return stored == null ? Optional.empty() : ReaderTimeZone.parse(stored);
    }
}
