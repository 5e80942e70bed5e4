package dev.interviewlab.topic;

import dev.interviewlab.account.AccountNav;
import dev.interviewlab.account.CurrentAccount;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.quiz.QuizOffers;
import dev.interviewlab.quiz.web.ContinueQuiz;
import dev.interviewlab.review.web.DueReviews;
import dev.interviewlab.simulation.SimulationCatalogue;
import dev.interviewlab.web.FilledPage;
import dev.interviewlab.web.HtmlPageRenderer;
import dev.interviewlab.web.Language;
import dev.interviewlab.web.PageSkeleton;
import dev.interviewlab.web.Utf8Html;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

@Controller
class TopicController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final TopicService topics;
    private final TopicViewCache views;
    private final SimulationCatalogue simulations;
    private final QuizOffers quizOffers;
    private final HtmlPageRenderer renderer;
    private final ReaderMarks readerMarks;
    private final ContinueQuiz continueQuiz;
    private final DueReviews dueReviews;
    private final AccountNav accountNav;
    private final MarksSection marksSection;

    TopicController(TopicService topics, TopicViewCache views, SimulationCatalogue simulations, QuizOffers quizOffers,
                    HtmlPageRenderer renderer, ReaderMarks readerMarks, ContinueQuiz continueQuiz, DueReviews dueReviews,
                    AccountNav accountNav, MarksSection marksSection) {
        this.topics = topics;
        this.views = views;
        this.simulations = simulations;
        this.quizOffers = quizOffers;
        this.renderer = renderer;
        this.readerMarks = readerMarks;
        this.continueQuiz = continueQuiz;
        this.dueReviews = dueReviews;
        this.accountNav = accountNav;
        this.marksSection = marksSection;
    }

    /** A signed-in learner's home is /today; {@code /?home=1} shows this page to them too. */
    @GetMapping("/")
    String home(@RequestParam(name = "home", required = false) String home, Locale locale, Model model,
                HttpServletRequest request) {
        if (home == null && CurrentAccount.find().isPresent()) {
            return "redirect:/today";
        }
        Language language = Language.of(locale);
        model.addAttribute("continueQuiz", continueQuiz.forVisitor(request, language).orElse(null));
        model.addAttribute("dueReviews", dueReviews.forVisitor(request));
        model.addAttribute("categories", views.catalogue(language, () -> topics.catalogue(language)));
        model.addAttribute("simulations", simulations.all());
        model.addAttribute("quizOffers", quizOffers.forHome(language));
        return "home";
    }

    @GetMapping("/topics")
    ResponseEntity<FilledPage> all(Locale locale, HttpServletRequest request, HttpServletResponse response) {
        Language language = Language.of(locale);
        return sharedPage("topic/list", "topics|" + language.code() + "|" + request.getQueryString(),
                () -> Map.of("categories", views.catalogue(language, () -> topics.catalogue(language))),
                locale, request, response);
    }

    @GetMapping("/categories/{slug}")
    ResponseEntity<FilledPage> category(@PathVariable String slug, Locale locale, HttpServletRequest request,
                                    HttpServletResponse response) {
        Language language = Language.of(locale);
        // an unknown category is "not found" before anything is kept (the slug is anyone's to vary)
        return sharedPage("topic/category", "category|" + slug + "|" + language.code() + "|" + request.getQueryString(),
                () -> Map.of("category", topics.category(slug, language)), locale, request, response);
    }

    /**
     * A page that shows the same to every guest, and to every signed-in reader but for the header's account
     * links: rendered once (for guests whole; for signed-in readers, per editor or not, with a mark for the
     * links) and kept in {@link TopicViewCache} until a topic changes; a signed-in request adds its
     * {@link AccountNav}. The key holds everything else the page depends on, the query string included.
     */
    private ResponseEntity<FilledPage> sharedPage(String view, String key, Supplier<Map<String, Object>> model, Locale locale,
                                              HttpServletRequest request, HttpServletResponse response) {
        Language language = Language.of(locale);
        Optional<SignedInAccount> reader = CurrentAccount.find();
        FilledPage html;
        if (reader.isEmpty()) {
            html = FilledPage.whole(views.html(key, () -> renderer.render(view, model.get(), locale, request, response)));
        } else {
            PageSkeleton skeleton = views.skeleton("reader|" + reader.get().canEdit() + "|" + key,
                    () -> renderer.renderSkeleton(view, model.get(), locale, request, response));
            html = skeleton.with(Map.of("account-nav", Utf8Html.of(accountNav.html(reader.get(), locale, request, response))));
        }
        return ResponseEntity.ok().contentType(HTML).header(HttpHeaders.CONTENT_LANGUAGE, language.locale().toLanguageTag())
                .body(html);
    }

    /**
     * A topic page is the same for every guest reading in a language, so it is rendered once and
     * served from memory until a topic changes. A signed-in reader's page differs only in the header's
     * account links (their name, their sign-out token) and their marks: the rest is rendered once for
     * every signed-in reader (per editor or not, since editors see more links) and only those two parts
     * per request, as plain strings ({@link AccountNav}, {@link MarksSection}) after one query for the marks.
     * The keys hold the query string because the language switch links keep it.
     */
    @GetMapping("/topics/{slug}")
    ResponseEntity<FilledPage> topic(@PathVariable String slug, Locale locale, HttpServletRequest request,
                                 HttpServletResponse response) {
        Language language = Language.of(locale);
        Optional<SignedInAccount> reader = CurrentAccount.find();
        // only signed-in pages, never the cached guest HTML, may show the editor's links
        boolean canEdit = reader.map(SignedInAccount::canEdit).orElse(false);
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        boolean saved = canEdit && flash != null && Boolean.TRUE.equals(flash.get("saved"));
        TopicPage page = views.page(slug, language, () -> topics.page(slug, language));
        Supplier<Map<String, Object>> model = () -> new HashMap<>(Map.of(
                "topic", page,
                "simulations", simulations.forTopic(slug, page.simulation()),
                "quizOffers", quizOffers.forTopic(slug, language),
                "canEdit", canEdit,
                "saved", saved));
        String key = slug + "|" + language.code() + "|" + request.getQueryString();
        FilledPage html;
        if (reader.isEmpty()) {
            // a guest's page (the one cached) has no marks: it offers to sign in instead
            html = FilledPage.whole(views.html("topic|" + key,
                    () -> renderer.render("topic/page", model.get(), locale, request, response)));
        } else {
            ReaderMarks.TopicMarks marks = readerMarks.of(reader.get().accountId(), slug);
            if (saved) {
                // the editor's "saved" notice shows once: this page is not kept
                Map<String, Object> full = model.get();
                full.put("marks", marks);
                html = FilledPage.whole(renderer.render("topic/page", full, locale, request, response));
            } else {
                PageSkeleton skeleton = views.skeleton("reader-topic|" + canEdit + "|" + key,
                        () -> renderer.renderSkeleton("topic/page", model.get(), locale, request, response));
                html = skeleton.with(Map.of(
                        "account-nav", Utf8Html.of(accountNav.html(reader.get(), locale, request, response)),
                        "marks", Utf8Html.of(marksSection.html(slug, marks, locale, request, response))));
            }
        }
        return ResponseEntity.ok().contentType(HTML).header(HttpHeaders.CONTENT_LANGUAGE, language.locale().toLanguageTag())
                .body(html);
    }
}
