package dev.interviewlab.web;

/**
 * Text as the database can store it. PostgreSQL refuses the NUL character (U+0000) in any text
 * column, and no learner or editor means one (HTML parsers replace it too), so it is dropped from
 * every text the site keeps: form fields ({@link StorableFormText}), quiz bank files, typed answers.
 */
public final class StorableText {

    private StorableText() {
    }

    public static String of(String text) {
        return text == null || text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
    }
}
