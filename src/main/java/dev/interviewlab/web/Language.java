package dev.interviewlab.web;

import java.util.Locale;

/** The languages every learner-facing text exists in. */
public enum Language {
    EN(Locale.ENGLISH),
    ZH(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** Chinese for any {@code zh-*} locale, English for everything else. */
    public static Language of(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    public static boolean isSupported(Locale locale) {
        return locale != null && ("zh".equals(locale.getLanguage()) || "en".equals(locale.getLanguage()));
    }
}
