package dev.interviewlab.quiz.web;

import dev.interviewlab.quiz.bank.BankChangedEvent;
import dev.interviewlab.web.HtmlPageRenderer;
import dev.interviewlab.web.Language;
import dev.interviewlab.web.PageSkeleton;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * A quiz question's prompt and answer fields, rendered once per item text, option order and language for every
 * learner ({@code quiz/question-block}), with marks where a learner's own answer goes (a checked choice, a typed
 * text, a chosen position); each request fills in only those few attributes. The block is keyed by what it shows
 * (the rendered prompt and options), so an edited item can never be served from an older rendering, and it is
 * built from a question stripped of every learner's answer, so no answer can leak into another learner's page.
 * It holds no answer key: it shows what the question form showed before, nothing more.
 */
@Component
class QuestionBlocks {

    /** Bounds the rendered HTML (the whole bank in two languages is about a megabyte). */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private static final String CHECKED = " checked=\"checked\"";
    private static final String SELECTED = " selected=\"selected\"";

    /** Everything the block's HTML depends on: the question without its position, flag or answer. */
    private record BlockKey(Language language, PageViews.Question blank) {
    }

    private final HtmlPageRenderer renderer;
    private final Map<BlockKey, PageSkeleton> blocks = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    // a block rendered while a change commits must not be stored after the clear that follows it
    private final AtomicLong generation = new AtomicLong();

    QuestionBlocks(HtmlPageRenderer renderer) {
        this.renderer = renderer;
    }

    /** The question's prompt and answer fields as HTML, with this learner's answer (or refused form values) in them. */
    String html(PageViews.Question question, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        PageViews.Question blank = blank(question);
        BlockKey key = new BlockKey(Language.of(locale), blank);
        PageSkeleton block = blocks.get(key);
        if (block == null) {
            long before = generation.get();
            block = renderer.renderSkeleton("quiz/question-block", Map.of("blockQuestion", blank), locale, request, response);
            if (generation.get() == before) {
                if (bytes.addAndGet(block.size()) > MAX_BYTES) {
                    blocks.clear();
                    bytes.set(block.size());
                }
                blocks.put(key, block);
            }
        }
        return new String(block.fill(parts(question)), StandardCharsets.UTF_8);
    }

    /** The question as nobody has answered it; position, flag and answered state do not show in the block. */
    static PageViews.Question blank(PageViews.Question question) {
        List<PageViews.Option> options = question.options().stream()
                .map(option -> new PageViews.Option(option.key(), option.html(), option.plain(), option.labelKey(), false))
                .toList();
        List<PageViews.OrderSlot> slots = question.slots().stream()
                .map(slot -> new PageViews.OrderSlot(slot.number(), "")).toList();
        return new PageViews.Question(0, question.type(), question.typeKey(), question.promptHtml(), options, null, slots,
                false, false);
    }

    /** The learner's attributes, by the names the block's marks carry (see quiz/fragments :: answerFields). */
    static Map<String, String> parts(PageViews.Question question) {
        Map<String, String> parts = new HashMap<>();
        List<PageViews.Option> options = question.options();
        IntStream.range(0, options.size())
                .forEach(i -> parts.put("checked-" + (i + 1), options.get(i).selected() ? CHECKED : ""));
        parts.put("typed", question.text() == null ? "" : " value=\"" + HtmlUtils.htmlEscape(question.text()) + "\"");
        for (PageViews.OrderSlot slot : question.slots()) {
            for (int i = 0; i < options.size(); i++) {
                boolean chosen = options.get(i).key().equals(slot.chosen());
                parts.put("selected-" + slot.number() + "-" + (i + 1), chosen ? SELECTED : "");
            }
        }
        return parts;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void bankChanged(BankChangedEvent event) {
        generation.incrementAndGet();
        blocks.clear();
        bytes.set(0);
    }
}
