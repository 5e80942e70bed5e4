package dev.interviewlab.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A note's figure (the websocket note's upgrade sequence) on a desktop and a phone, light and dark. */
class DiagramBrowserTest extends BrowserTest {

    private static final String PAGE = "/topics/websocket?lang=";

    @AfterEach
    void desktopAgain() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.executeScript("document.documentElement.removeAttribute('data-theme');");
    }

    @Test
    void theFigureIsShownAtDesktopAndPhoneWidthWithoutWideningThePage() {
        for (int width : new int[]{1280, 375}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String language : List.of("en", "zh")) {
                open(PAGE + language);
                WebElement figure = find("figure#fig-websocket-upgrade");
                browser.executeScript("arguments[0].scrollIntoView();", figure);
                assertThat(figure.isDisplayed()).isTrue();
                WebElement svg = figure.findElement(org.openqa.selenium.By.cssSelector("svg[role=img]"));
                assertThat(svg.getSize().getWidth()).as("%d px, %s: the drawing has a size", width, language).isGreaterThan(200);
                assertThat(figure.findElement(org.openqa.selenium.By.cssSelector("figcaption")).getText())
                        .isEqualTo(language.equals("en") ? "A WebSocket connection from upgrade to close" : "WebSocket 连接：从升级到关闭");
                Number overflow = (Number) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow.intValue()).as("%d px, %s: the page does not scroll sideways", width, language).isLessThanOrEqualTo(0);
                Number textSize = (Number) browser.executeScript(
                        "const svg = arguments[0]; const box = svg.getBoundingClientRect();"
                                + "return 14 * box.width / svg.viewBox.baseVal.width;", svg);
                assertThat(textSize.doubleValue()).as("%d px: labels stay readable", width).isGreaterThanOrEqualTo(9.5);
            }
        }
    }

    @Test
    void inTheDarkThemeLabelsAreLightOnADarkPage() {
        open(PAGE + "en");
        browser.executeScript("document.documentElement.setAttribute('data-theme', 'dark');");
        Number labelLight = luminance("figure.diagram text.dg-label", "fill");
        Number pageLight = luminance("body", "background-color");
        Number lineLight = luminance("figure.diagram line.dg-msg", "stroke");

        assertThat(pageLight.doubleValue()).isLessThan(0.2);
        assertThat(labelLight.doubleValue()).isGreaterThan(0.7);
        assertThat(lineLight.doubleValue()).isGreaterThan(0.7);
    }

    /** 0 (black) to 1 (white): the mean of a computed colour's channels. */
    private Number luminance(String css, String property) {
        return (Number) browser.executeScript(
                "const value = getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);"
                        + "const rgb = value.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number);"
                        + "return (rgb[0] + rgb[1] + rgb[2]) / 765;", css, property);
    }
}
