package dev.interviewlab.topic;

import dev.interviewlab.markdown.RenderedMarkdown;
import dev.interviewlab.web.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TopicViewCacheTest {

    private final TopicViewCache cache = new TopicViewCache();
    private final AtomicInteger loads = new AtomicInteger();

    private TopicPage load(String title) {
        loads.incrementAndGet();
        return new TopicPage("s", title, "", Difficulty.BEGINNER, "c", "C", List.of(), null,
                new RenderedMarkdown("", List.of(), ""), List.of(), null, null, false, null);
    }

    @Test
    void aPageIsLoadedOncePerLanguageUntilATopicChanges() {
        cache.page("s", Language.EN, () -> load("one"));
        cache.page("s", Language.EN, () -> load("two"));
        cache.page("s", Language.ZH, () -> load("三"));
        assertThat(loads).hasValue(2);

        cache.topicsChanged(new TopicsChangedEvent(Set.of("other")));

        assertThat(cache.page("s", Language.EN, () -> load("four")).title()).isEqualTo("four");
        assertThat(loads).hasValue(3);
    }

    @Test
    void aViewLoadedWhileAChangeCommitsIsNotKept() {
        TopicPage page = cache.page("s", Language.EN, () -> {
            cache.topicsChanged(new TopicsChangedEvent(Set.of("s"))); // the change commits mid-load
            return load("stale");
        });
        assertThat(page.title()).isEqualTo("stale");
        assertThat(cache.page("s", Language.EN, () -> load("fresh")).title()).isEqualTo("fresh");
    }

    @Test
    void renderedHtmlIsKeptUntilATopicChanges() {
        AtomicInteger renders = new AtomicInteger();
        cache.html("k", () -> { renders.incrementAndGet(); return new byte[]{1}; });
        cache.html("k", () -> { renders.incrementAndGet(); return new byte[]{2}; });
        assertThat(renders).hasValue(1);
        cache.topicsChanged(new TopicsChangedEvent(Set.of("x")));
        assertThat(cache.html("k", () -> { renders.incrementAndGet(); return new byte[]{3}; })).containsExactly(3);
    }

    @Test
    void renderedHtmlStaysWithinItsByteBound() {
        int page = 1024 * 1024;
        AtomicInteger renders = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            cache.html("page" + i, () -> { renders.incrementAndGet(); return new byte[page]; });
        }
        // 100 MB of distinct addresses went through a 32 MB cache: the first pages were dropped
        cache.html("page0", () -> { renders.incrementAndGet(); return new byte[page]; });
        assertThat(renders).hasValue(101);
    }

    @Test
    void catalogueIsCachedAndClearedToo() {
        AtomicInteger catalogueLoads = new AtomicInteger();
        cache.catalogue(Language.EN, () -> { catalogueLoads.incrementAndGet(); return List.of(); });
        cache.catalogue(Language.EN, () -> { catalogueLoads.incrementAndGet(); return List.of(); });
        cache.topicsChanged(new TopicsChangedEvent(Set.of("x")));
        cache.catalogue(Language.EN, () -> { catalogueLoads.incrementAndGet(); return List.of(); });
        assertThat(catalogueLoads).hasValue(2);
    }
}
