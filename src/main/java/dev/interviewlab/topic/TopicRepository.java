package dev.interviewlab.topic;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface TopicRepository extends JpaRepository<Topic, Long> {

    @EntityGraph(attributePaths = {"category", "tags", "relatedSlugs"})
    Optional<Topic> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select t.origin from Topic t where t.slug = :slug")
    Optional<TopicOrigin> findOriginBySlug(String slug);

    /** Every topic without its body, for lists; one query however many topics there are. */
    @Query("""
            select new dev.interviewlab.topic.TopicSummary(
                t.slug, t.title.en, t.title.zh, t.summary.en, t.summary.zh, t.difficulty,
                c.slug, c.name.en, c.name.zh, c.position, t.updatedAt)
            from Topic t join t.category c
            order by c.position, c.slug, t.slug""")
    List<TopicSummary> findAllSummaries();

    @Query("""
            select new dev.interviewlab.topic.TopicSummary(
                t.slug, t.title.en, t.title.zh, t.summary.en, t.summary.zh, t.difficulty,
                c.slug, c.name.en, c.name.zh, c.position, t.updatedAt)
            from Topic t join t.category c
            where t.slug in :slugs""")
    List<TopicSummary> findSummariesBySlugIn(Collection<String> slugs);

    @Query("""
            select new dev.interviewlab.topic.TopicSummary(
                t.slug, t.title.en, t.title.zh, t.summary.en, t.summary.zh, t.difficulty,
                c.slug, c.name.en, c.name.zh, c.position, t.updatedAt)
            from Topic t join t.category c
            where c.slug = :categorySlug
            order by t.slug""")
    List<TopicSummary> findSummariesByCategorySlug(String categorySlug);

    /** A category's topics with their bodies, in the order of its page (by slug): a printed category. */
    @Query("select t from Topic t where t.category.slug = :categorySlug order by t.slug")
    List<Topic> findByCategorySlugOrderBySlug(String categorySlug);

    @Query("select t.slug from Topic t")
    List<String> findAllSlugs();

    /** Those of these slugs that are topics now: pages that remember slugs link only to those. */
    @Query("select t.slug from Topic t where t.slug in :slugs")
    List<String> findSlugsIn(Collection<String> slugs);

    /** Topics that list this slug among their related topics: their pages link to it. */
    @Query("""
            select new dev.interviewlab.topic.TopicSummary(
                t.slug, t.title.en, t.title.zh, t.summary.en, t.summary.zh, t.difficulty,
                c.slug, c.name.en, c.name.zh, c.position, t.updatedAt)
            from Topic t join t.category c join t.relatedSlugs r
            where r = :slug
            order by t.slug""")
    List<TopicSummary> findSummariesRelatedTo(String slug);

    /** Pairs of (topic slug, tag), for lists that show tags without loading each topic. */
    @Query("select t.slug, tag from Topic t join t.tags tag")
    List<Object[]> findAllTags();

    /** Topics with tags and category loaded, for building the search index. */
    @EntityGraph(attributePaths = {"category", "tags"})
    @Query("select t from Topic t")
    List<Topic> findAllForIndexing();
}
