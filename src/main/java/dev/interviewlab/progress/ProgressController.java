package dev.interviewlab.progress;

import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.Language;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in learner's own progress page and the buttons that set marks (on the topic page and
 * here). Each form says where to go back to with {@code back=topic}; anything else returns here,
 * so no form can send the browser to another site.
 */
@Controller
@RequestMapping("/account")
class ProgressController {

    private final ProgressService progress;

    ProgressController(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/progress")
    String progress(@AuthenticationPrincipal SignedInAccount me, Locale locale, Model model) {
        model.addAttribute("progress", progress.report(me.accountId(), Language.of(locale)));
        return "progress/progress";
    }

    @PostMapping("/bookmarks")
    String bookmark(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "") String topic,
                    @RequestParam(defaultValue = "") String back, Locale locale, Model model,
                    HttpServletResponse response) {
        try {
            progress.bookmark(me.accountId(), topic);
        } catch (InvalidInputException e) {
            return refuse(me, e, locale, model, response);
        }
        return back(back, topic, "bookmarked");
    }

    @PostMapping("/bookmarks/{id}/delete")
    String removeBookmark(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
                          @RequestParam(defaultValue = "") String back) {
        String topic = progress.removeBookmark(me.accountId(), id);
        return back(back, topic, "bookmarkRemoved");
    }

    /** {@code read=true} marks the topic read, {@code read=false} takes the mark back. */
    @PostMapping("/reads")
    String markRead(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "") String topic,
                    @RequestParam(defaultValue = "") String read, @RequestParam(defaultValue = "") String back,
                    Locale locale, Model model, HttpServletResponse response) {
        try {
            if (!read.equals("true") && !read.equals("false")) {
                throw new InvalidInputException(List.of(InvalidInputException.FieldProblem.of("read", "progress.error.read")));
            }
            progress.markRead(me.accountId(), topic, Boolean.parseBoolean(read));
        } catch (InvalidInputException e) {
            return refuse(me, e, locale, model, response);
        }
        return back(back, topic, read.equals("true") ? "read" : "unread");
    }

    /** Bad input from a mark button: the progress page, with what was wrong, as a 400. */
    private String refuse(SignedInAccount me, InvalidInputException e, Locale locale, Model model,
                          HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("progress", progress.report(me.accountId(), Language.of(locale)));
        model.addAttribute("formError", e.problems().get(0));
        return "progress/progress";
    }

    private static String back(String back, String topic, String notice) {
        return back.equals("topic")
                ? "redirect:/topics/" + UriUtils.encodePathSegment(topic.strip(), StandardCharsets.UTF_8) + "#marks"
                : "redirect:/account/progress?" + notice;
    }
}
