package dev.interviewlab.quiz.bank;

import dev.interviewlab.topic.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** One option of a single, multiple or ordering item. */
@Embeddable
public class ItemOption {

    @Column(name = "option_key")
    private String key;

    @Column(name = "text_en")
    private String textEn;

    @Column(name = "text_zh")
    private String textZh;

    private boolean correct;

    protected ItemOption() {
    }

    /**
     * @param correct whether choosing it is right (single and multiple items); false for ordering
     *                items, whose answer is the order of their options
     */
    public ItemOption(String key, LocalizedText text, boolean correct) {
        this.key = Objects.requireNonNull(key);
        this.textEn = text.en();
        this.textZh = text.zh();
        this.correct = correct;
    }

    public String key() {
        return key;
    }

    public LocalizedText text() {
        return new LocalizedText(textEn, textZh);
    }

    public boolean correct() {
        return correct;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemOption that && key.equals(that.key) && textEn.equals(that.textEn)
                && textZh.equals(that.textZh) && correct == that.correct;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, textEn, textZh, correct);
    }

    @Override
    public String toString() {
        return key + (correct ? "*" : "") + ": " + textEn;
    }
}
