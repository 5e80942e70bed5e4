package dev.interviewlab.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DayPreferencesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "Asia/Shanghai", "America/New_York", "UTC", " Asia/Shanghai "})
    void regionZonesAndUtcAreAccepted(String zone) {
        DayPreferences.Parsed parsed = DayPreferences.parse(zone, "10");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.timeZone()).isEqualTo(zone.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus", "+08:00", "Etc/GMT+5", "GMT", "Z", "europe/berlin", "SystemV/EST5"})
    void anythingElseIsAFieldProblem(String zone) {
        assertThat(DayPreferences.parse(zone, "10").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("timeZone"));
    }

    @Test
    void aBlankZoneMeansUnset() {
        DayPreferences.Parsed parsed = DayPreferences.parse("  ", "10");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.timeZone()).isNull();
    }

    @ParameterizedTest
    @CsvSource(value = {"1, true", "500, true", " 42 , true", "0, false", "501, false", "-1, false", "ten, false",
            "2.5, false", "NULL, false", "'', false", "9999999999, false"}, nullValues = "NULL")
    void theGoalIsAWholeNumberFromOneToFiveHundred(String goal, boolean accepted) {
        DayPreferences.Parsed parsed = DayPreferences.parse("UTC", goal);
        assertThat(parsed.problems().isEmpty()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(parsed.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("dailyGoal");
                assertThat(problem.arguments()).containsExactly(1, 500);
            });
        }
    }
}
