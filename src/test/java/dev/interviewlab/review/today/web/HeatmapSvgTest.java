package dev.interviewlab.review.today.web;

import dev.interviewlab.review.today.ActivityHeatmap;
import dev.interviewlab.review.today.DailyActivity;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
        return HeatmapSvg.render(ActivityHeatmap.of(activity, 2), activity, messages(), locale);
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
    void chineseLabels() {
        String svg = render(Locale.CHINESE);
        assertThat(svg).contains("最近一年每天的复习次数").contains("2026-12-06：3 次复习").contains(">1月<");
    }
}
