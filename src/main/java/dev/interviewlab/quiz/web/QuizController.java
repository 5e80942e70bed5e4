package dev.interviewlab.quiz.web;

import dev.interviewlab.quiz.QuizOffers;
import dev.interviewlab.quiz.attempt.AttemptClosedException;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.AttemptStillOpenException;
import dev.interviewlab.quiz.attempt.QuestionNotInAttemptException;
import dev.interviewlab.quiz.attempt.QuizHistory;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.attempt.SequentialOrderException;
import dev.interviewlab.web.FilledPage;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The quiz pages. Everything works with plain form posts: one question per page, its answer saved
 * on every button (next, previous, a question number, review, submit), the deadline enforced by
 * the server. quiz.js adds the countdown, autosave and automatic submission on top.
 */
@Controller
@RequestMapping("/quizzes")
class QuizController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final AttemptService attempts;
    private final QuizHistory history;
    private final QuizOffers offers;
    private final QuizViews views;
    private final MessageSource messages;
    private final QuestionBlocks blocks;
    private final QuestionPages pages;

    QuizController(AttemptService attempts, QuizHistory history, QuizOffers offers, QuizViews views, MessageSource messages,
                   QuestionBlocks blocks, QuestionPages pages) {
        this.attempts = attempts;
        this.history = history;
        this.offers = offers;
        this.views = views;
        this.messages = messages;
        this.blocks = blocks;
        this.pages = pages;
    }

    /** The quiz form; {@code ?categories=…&topics=…} pre-selects, as links from other pages do. */
    @GetMapping
    String builder(@ModelAttribute("quizForm") QuizForm form, BindingResult ignored, AttemptOwner owner, Locale locale,
                   Model model) {
        addBuilder(form, owner, locale, model);
        return "quiz/builder";
    }

    @PostMapping
    String start(@ModelAttribute("quizForm") QuizForm form, BindingResult errors, AttemptOwner owner, Locale locale,
                 Model model, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                AttemptSnapshot attempt = attempts.start(owner, form.toRequest());
                return "redirect:/quizzes/attempts/" + attempt.id();
            } catch (InvalidInputException e) {
                e.rejectInto(errors);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        addBuilder(form, owner, locale, model);
        return "quiz/builder";
    }

    /** The question page; only the learner's parts are rendered per request ({@link QuestionPages}). */
    @GetMapping("/attempts/{id}")
    ResponseEntity<FilledPage> question(@PathVariable String id, @RequestParam(name = "q", required = false) String q,
                                    AttemptOwner owner, Locale locale, HttpServletRequest request,
                                    HttpServletResponse response) {
        // a read takes no lock; an overdue attempt is closed by the result page it is sent to
        // only the shown question's item is read; the others' answers and flags make the question numbers
        AttemptSnapshot attempt = attempts.readShowing(owner, id, outline -> position(outline, q));
        if (!attempt.isOpen() || attempt.isOverdue()) {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(URI.create("/quizzes/attempts/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + "/result"))
                    .build();
        }
        Language language = Language.of(locale);
        PageViews.QuestionPage page = views.question(attempt, position(attempt, q), language, null);
        FilledPage html = pages.render(page, blocks.html(page.question(), locale, request, response), locale, request, response);
        return ResponseEntity.ok().contentType(HTML).header(HttpHeaders.CONTENT_LANGUAGE, language.locale().toLanguageTag())
                .body(html);
    }

    /**
     * Saves the question's answer and flag, then goes where the pressed button says: {@code go} is
     * next, previous, review, submit or a question number. Submit with questions unanswered and time left
     * opens the review page, whose button makes the final submission.
     */
    @PostMapping("/attempts/{id}")
    String save(@PathVariable String id,
                @RequestParam(name = "question", defaultValue = "") String questionField,
                @RequestParam(name = "choice", required = false) String choice,
                @RequestParam(name = "choices", required = false) List<String> choices,
                @RequestParam(name = "text", required = false) String text,
                @RequestParam(name = "order", required = false) List<String> order,
                @RequestParam(name = "flagged", defaultValue = "") String flagged,
                @RequestParam(name = "go", defaultValue = "") String go,
                AttemptOwner owner, Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
        Language language = Language.of(locale);
        RawAnswer.Form submitted = new RawAnswer.Form(choice, choices, text, order);
        int position;
        try {
            position = Integer.parseInt(questionField.strip());
        } catch (NumberFormatException e) {
            position = -1;
        }
        try {
            attempts.save(owner, id, position, submitted, "true".equals(flagged) || "on".equals(flagged));
        } catch (QuestionNotInAttemptException e) {
            AttemptSnapshot attempt = attempts.view(owner, id);
            return refuse(request, response, locale, HttpStatus.BAD_REQUEST, model,
                    views.question(attempt, position(attempt, null), language, null),
                    "quiz.error.question.unknown", abbreviate(questionField), attempt.questions().size());
        } catch (SequentialOrderException e) {
            AttemptSnapshot attempt = attempts.view(owner, id);
            return refuse(request, response, locale, HttpStatus.CONFLICT, model,
                    views.question(attempt, e.current(), language, null),
                    "quiz.error.sequential", e.current());
        } catch (InvalidInputException e) {
            AttemptSnapshot attempt = attempts.view(owner, id);
            var problem = e.problems().get(0);
            return refuse(request, response, locale, HttpStatus.BAD_REQUEST, model,
                    views.question(attempt, position, language, submitted),
                    problem.messageKey(), problem.arguments().toArray());
        } catch (AttemptClosedException e) {
            return closed(e, owner, language, model, response);
        }
        return switch (go) {
            case "next" -> {
                AttemptSnapshot attempt = attempts.advance(owner, id);
                yield position >= attempt.questions().size() ? "redirect:/quizzes/attempts/" + id + "/review"
                        : questionLink(id, position + 1);
            }
            case "previous" -> questionLink(id, Math.max(1, position - 1));
            case "review" -> "redirect:/quizzes/attempts/" + id + "/review";
            case "submit" -> {
                // like Moodle's summary page: unanswered questions are shown before the final submission
                if (attempts.view(owner, id).asksBeforeSubmitting()) {
                    yield "redirect:/quizzes/attempts/" + id + "/review";
                }
                attempts.submit(owner, id);
                yield "redirect:/quizzes/attempts/" + id + "/result";
            }
            default -> go.matches("\\d{1,3}") ? questionLink(id, Integer.parseInt(go)) : questionLink(id, position);
        };
    }

    @GetMapping("/attempts/{id}/review")
    String review(@PathVariable String id, AttemptOwner owner, Locale locale, Model model) {
        AttemptSnapshot attempt = attempts.read(owner, id);
        if (!attempt.isOpen() || attempt.isOverdue()) {
            return "redirect:/quizzes/attempts/" + id + "/result";
        }
        model.addAttribute("page", views.review(attempt, Language.of(locale)));
        return "quiz/review";
    }

    /** Submitting twice is harmless: the second time shows the same result. */
    @PostMapping("/attempts/{id}/submit")
    String submit(@PathVariable String id, AttemptOwner owner) {
        attempts.submit(owner, id);
        return "redirect:/quizzes/attempts/" + id + "/result";
    }

    @GetMapping("/attempts/{id}/result")
    String result(@PathVariable String id, AttemptOwner owner, Locale locale, Model model) {
        try {
            model.addAttribute("result", views.result(attempts.result(owner, id), Language.of(locale)));
        } catch (AttemptStillOpenException e) {
            return "redirect:/quizzes/attempts/" + id;
        }
        return "quiz/result";
    }

    @GetMapping("/history")
    String history(AttemptOwner owner, Locale locale, Model model) {
        model.addAttribute("history", views.history(history.report(owner), Language.of(locale),
                messages.getMessage("quiz.history.chart.title", null, locale),
                messages.getMessage("quiz.history.chart.description", null, locale)));
        return "quiz/history";
    }

    private void addBuilder(QuizForm form, AttemptOwner owner, Locale locale, Model model) {
        Language language = Language.of(locale);
        model.addAttribute("builder", views.builder(language, attempts.openAttempts(owner), offers.forHome(language),
                form.getTopics()));
        model.addAttribute("maxQuestions", dev.interviewlab.quiz.attempt.QuizSettings.MAX_QUESTIONS);
        model.addAttribute("minMinutes", dev.interviewlab.quiz.attempt.QuizSettings.MIN_MINUTES);
        model.addAttribute("maxMinutes", dev.interviewlab.quiz.attempt.QuizSettings.MAX_MINUTES);
    }

    /** The late or repeated answer is refused with 409; the page shows the (now scored) result and why. */
    private String closed(AttemptClosedException e, AttemptOwner owner, Language language, Model model,
                          HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("result", views.result(attempts.result(owner, e.attemptId()), language));
        model.addAttribute("notice", e.why() == AttemptClosedException.Why.LATE ? "quiz.notice.late" : "quiz.notice.finished");
        return "quiz/result";
    }

    private String refuse(HttpServletRequest request, HttpServletResponse response, Locale locale, HttpStatus status, Model model,
                          PageViews.QuestionPage page, String messageKey, Object... arguments) {
        response.setStatus(status.value());
        addQuestion(page, locale, model, request, response);
        model.addAttribute("formError", messageKey);
        model.addAttribute("formErrorArguments", arguments);
        return "quiz/question";
    }

    /** The question page's model: the page, and its prompt and answer fields from the block kept for every learner. */
    private void addQuestion(PageViews.QuestionPage page, Locale locale, Model model, HttpServletRequest request,
                             HttpServletResponse response) {
        model.addAttribute("page", page);
        model.addAttribute("pageTitle", pages.title(page, locale));
        model.addAttribute("itemBlock", blocks.html(page.question(), locale, request, response));
    }

    /** The question asked for if it can be opened; otherwise the current one (sequential) or the first unanswered. */
    private static int position(AttemptSnapshot attempt, String requested) {
        if (attempt.sequential()) {
            return attempt.currentPosition();
        }
        if (requested != null && requested.matches("\\d{1,3}")) {
            int position = Integer.parseInt(requested);
            if (position >= 1 && position <= attempt.questions().size()) {
                return position;
            }
        }
        return attempt.questions().stream().filter(question -> !question.answered()).findFirst()
                .map(AttemptSnapshot.Question::position).orElse(1);
    }

    private static String questionLink(String id, int position) {
        return "redirect:/quizzes/attempts/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + "?q=" + position;
    }

    private static String abbreviate(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
