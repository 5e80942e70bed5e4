package dev.interviewlab.review.today.web;

import dev.interviewlab.review.today.ActivityHeatmap;
import dev.interviewlab.review.today.DailyActivity;
import dev.interviewlab.simulation.svg.Svg;
import dev.interviewlab.web.EscapedMessages;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HeatmapSvgTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/today");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static String render(Locale locale) {
        Instant noon = TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC);
        DailyActivity activity = DailyActivity.of(List.of(noon, noon, noon, noon.minusSeconds(86_400 * 30)), ZoneOffset.UTC, TODAY);
        return new HeatmapSvg(messages(), new EscapedMessages(messages())).render(ActivityHeatmap.of(activity, 2), activity, locale).toString();
    }

    @Test
    void aSquarePerDayWithItsCountAndLevelAsClassesOnly() {
        String svg = render(Locale.ENGLISH);
        assertThat(Pattern.compile("<rect ").matcher(svg).results().count()).isEqualTo(365);
        assertThat(svg).contains("<title id=\"activity-heatmap-title\">Reviews per day over the last year</title>")
                .contains("4 reviews on 2 days between 2025-12-07 and 2026-12-06")
                .contains("<title>2026-12-06: 3 reviews</title>").contains("<title>2026-11-06: 1 review</title>")
                .contains("<title>2026-12-05: no reviews</title>")
                .contains("class=\"hm-level-3\"").contains("class=\"hm-level-2\"").contains("class=\"hm-level-0\"")
                .contains(">Jan<").contains(">Mon<")
                // CSP: no inline style anywhere
                .doesNotContain("style");
        assertThat(Pattern.compile("class=\"hm-level-0\"").matcher(svg).results().count()).isEqualTo(363);
    }

    @Test
    void theDescriptionCountsInWordsAYearWithOneReviewOrNone() {
        HeatmapSvg heatmap = new HeatmapSvg(messages(), new EscapedMessages(messages()));
        DailyActivity one = DailyActivity.of(List.of(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC)), ZoneOffset.UTC, TODAY);
        DailyActivity none = DailyActivity.of(List.of(), ZoneOffset.UTC, TODAY);
        assertThat(heatmap.render(ActivityHeatmap.of(one, 2), one, Locale.ENGLISH).toString())
                .contains("<desc id=\"activity-heatmap-desc\">1 review on 1 day between 2025-12-07 and 2026-12-06,");
        assertThat(heatmap.render(ActivityHeatmap.of(none, 2), none, Locale.ENGLISH).toString())
                .contains("<desc id=\"activity-heatmap-desc\">No reviews between 2025-12-07 and 2026-12-06,")
                .doesNotContain("0 reviews");
        assertThat(heatmap.render(ActivityHeatmap.of(none, 2), none, Locale.CHINESE).toString())
                .contains("2025-12-07 至 2026-12-06 之间没有复习。");
    }

    @Test
    void chineseLabels() {
        String svg = render(Locale.CHINESE);
        assertThat(svg).contains("最近一年每天的复习次数").contains("2026-12-06：3 次复习").contains(">1月<");
    }

    /**
     * The kept grid filled with a reader's counts is what {@link Svg} draws for that reader alone (the heatmap as it
     * was drawn before the grid was kept), for readers in turns on one instance: each reader's description, counts
     * and shades, none of the reader before, on days either side of a month's start and in both languages.
     */
    @Test
    void theKeptGridFilledInIsWhatSvgDrawsForEachReader() {
        HeatmapSvg kept = new HeatmapSvg(messages(), new EscapedMessages(messages()));
        List<List<Instant>> readers = List.of(List.of(), reviews(3, 17), reviews(1, 250), reviews(5, 2), reviews(2, 400));
        for (LocalDate today : List.of(TODAY, TODAY.plusDays(1), LocalDate.parse("2027-01-01"), LocalDate.parse("2028-02-29"))) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
                for (int round = 0; round < 2; round++) {
                    for (int goal : List.of(1, 10)) {
                        for (List<Instant> reviews : readers) {
                            DailyActivity activity = DailyActivity.of(shifted(reviews, today), ZoneId.of("Asia/Shanghai"), today);
                            ActivityHeatmap heatmap = ActivityHeatmap.of(activity, goal);
                            assertThat(kept.render(heatmap, activity, locale).toString())
                                    .isEqualTo(drawnWithSvg(heatmap, activity, messages(), locale));
                        }
                    }
                }
            }
        }
    }

    /** A review every {@code every} days, {@code perDay} of them, over the days before 2026-12-06 (and some before the year). */
    private static List<Instant> reviews(int perDay, int every) {
        List<Instant> times = new ArrayList<>();
        for (int day = 0; day < 420; day += every) {
            for (int i = 0; i < perDay + day % 3; i++) {
                times.add(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC).minusSeconds(86_400L * day + 60L * i));
            }
        }
        return times;
    }

    private static List<Instant> shifted(List<Instant> reviews, LocalDate today) {
        long days = today.toEpochDay() - TODAY.toEpochDay();
        return reviews.stream().map(time -> time.plusSeconds(86_400L * days)).toList();
    }

    /** The heatmap as HeatmapSvg drew it with {@link Svg} for each request, before the grid was kept. */
    private static String drawnWithSvg(ActivityHeatmap heatmap, DailyActivity activity, MessageSource messages, Locale locale) {
        int columns = heatmap.columns().size();
        Svg svg = Svg.of("activity-heatmap", HeatmapSvg.LEFT + columns * HeatmapSvg.STEP, HeatmapSvg.TOP + 7 * HeatmapSvg.STEP,
                messages.getMessage("today.heatmap.svgTitle", null, locale),
                messages.getMessage(activity.total() == 0 ? "today.heatmap.svgDescNone" : "today.heatmap.svgDesc",
                        new Object[]{activity.total(), activity.activeDays(),
                        activity.firstShownDay().toString(), activity.today().toString(), heatmap.goal()}, locale));
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", locale);
        svg.group("hm-labels", 0);
        for (ActivityHeatmap.MonthStart start : heatmap.months()) {
            if (start.column() < columns - 1) {
                svg.text(HeatmapSvg.LEFT + start.column() * HeatmapSvg.STEP, HeatmapSvg.TOP - 5, month.format(start.month()),
                        "start", "hm-label");
            }
        }
        for (DayOfWeek day : new DayOfWeek[]{DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY}) {
            svg.text(HeatmapSvg.LEFT - 4, HeatmapSvg.TOP + (day.getValue() - 1) * HeatmapSvg.STEP + HeatmapSvg.CELL - 1,
                    day.getDisplayName(TextStyle.SHORT, locale), "end", "hm-label");
        }
        svg.end();
        for (ActivityHeatmap.Column column : heatmap.columns()) {
            for (ActivityHeatmap.Cell cell : column.cells()) {
                svg.group("hm-day", 0)
                        .tooltip(messages.getMessage("today.heatmap.cell", new Object[]{cell.day().toString(), cell.count()}, locale))
                        .rect(HeatmapSvg.LEFT + column.index() * HeatmapSvg.STEP, HeatmapSvg.TOP + cell.row() * HeatmapSvg.STEP,
                                HeatmapSvg.CELL, HeatmapSvg.CELL, "hm-level-" + cell.level())
                        .end();
            }
        }
        return svg.build();
    }
}
