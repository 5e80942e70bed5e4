package dev.interviewlab.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The search page in a real browser: highlighted words stay readable in both themes. */
class SearchBrowserTest extends BrowserTest {

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void highlightedWordsMeetWcagAaContrastInEachTheme(String theme) {
        open("/search?q=time+wait&lang=en");
        browser.executeScript("localStorage.setItem('interviewlab.theme', arguments[0])", theme);
        open("/search?q=time+wait&lang=en");
        try {
            assertThat(find("html").getAttribute("data-theme")).isEqualTo(theme);
            WebElement mark = find(".snippet mark");
            double ratio = contrast(mark.getCssValue("color"), mark.getCssValue("background-color"));
            assertThat(ratio).as("contrast of %s on %s in the %s theme", mark.getCssValue("color"),
                    mark.getCssValue("background-color"), theme).isGreaterThanOrEqualTo(4.5);
            assertPageIsHealthy();
        } finally {
            browser.executeScript("localStorage.removeItem('interviewlab.theme')");
        }
    }

    /** WCAG 2.x contrast ratio of two opaque sRGB colours as the browser reports them. */
    static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String css) {
        Matcher rgb = RGB.matcher(css);
        assertThat(rgb.find()).as("a colour: %s", css).isTrue();
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(rgb.group(i + 1)) / 255.0;
            channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
