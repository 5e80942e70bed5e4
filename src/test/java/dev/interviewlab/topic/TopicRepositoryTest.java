package dev.interviewlab.topic;

import dev.interviewlab.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@DatabaseTest
class TopicRepositoryTest {

    @Autowired
    TopicRepository topics;

    @Autowired
    CategoryRepository categories;

    @Autowired
    TestEntityManager entityManager;

    private Category category;

    @BeforeEach
    void setUp() {
        category = categories.save(new Category("repo-test", 1, new LocalizedText("Repo", "仓库"),
                new LocalizedText("d", "描述")));
    }

    private Topic save(String slug, List<String> tags) {
        TopicDraft draft = new TopicDraft(slug, category.getSlug(), Difficulty.ADVANCED,
                new LocalizedText("Title " + slug, "标题 " + slug), new LocalizedText("Summary", "摘要"),
                new LocalizedText("## Body\n" + "long text ".repeat(20_000), "## 正文\n中文内容"), tags, List.of("other"), "tcp");
        return topics.save(Topic.builtIn(draft, category, "hash-" + slug, Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void storesBothLanguagesLongBodiesTagsAndRelatedTopics() {
        save("repo-a", List.of("tcp", "time-wait"));
        entityManager.flush();
        entityManager.clear();

        Topic loaded = topics.findBySlug("repo-a").orElseThrow();
        assertThat(loaded.getTitle()).isEqualTo(new LocalizedText("Title repo-a", "标题 repo-a"));
        assertThat(loaded.getBody().en()).hasSizeGreaterThan(200_000);
        assertThat(loaded.getBody().zh()).contains("中文内容");
        assertThat(loaded.getTags()).containsExactlyInAnyOrder("tcp", "time-wait");
        assertThat(loaded.getRelatedSlugs()).containsExactly("other");
        assertThat(loaded.getCategory().getName().zh()).isEqualTo("仓库");
        assertThat(loaded.getOrigin()).isEqualTo(TopicOrigin.BUILT_IN);
        assertThat(loaded.getUpdatedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void summariesComeWithoutBodiesInCategoryOrder() {
        save("repo-b", List.of());
        save("repo-a", List.of());
        entityManager.flush();

        List<TopicSummary> inCategory = topics.findSummariesByCategorySlug("repo-test");
        assertThat(inCategory).extracting(TopicSummary::slug).containsExactly("repo-a", "repo-b");
        assertThat(inCategory.get(0).categoryName().en()).isEqualTo("Repo");
        assertThat(topics.findSummariesBySlugIn(List.of("repo-b", "missing"))).extracting(TopicSummary::slug)
                .containsExactly("repo-b");
    }

    @Test
    void tagsAndOriginsAreQueriedWithoutLoadingTopics() {
        save("repo-a", List.of("x", "y"));
        entityManager.flush();

        assertThat(topics.findAllTags()).filteredOn(row -> row[0].equals("repo-a")).hasSize(2);
        assertThat(topics.findOriginBySlug("repo-a")).contains(TopicOrigin.BUILT_IN);
        assertThat(topics.findOriginBySlug("nope")).isEmpty();
    }

    @Test
    void versionGrowsWithEachChange() {
        Topic topic = save("repo-v", List.of());
        entityManager.flush();
        long before = topic.getVersion();

        topic.markEditedInSite(Instant.parse("2026-02-01T00:00:00Z"));
        entityManager.flush();

        assertThat(topic.getVersion()).isGreaterThan(before);
        assertThat(topic.acceptsBuiltInUpdates()).isFalse();
    }
}
