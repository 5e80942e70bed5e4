package dev.interviewlab.markdown;

import org.springframework.web.util.HtmlUtils;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server-side syntax highlighting for fenced code blocks: comments, strings, numbers and keywords
 * become {@code <span class="tok-…">}, so code reads well without JavaScript. Deliberately lexical
 * (no parsing): good enough for short examples in notes, and linear in the input.
 */
public final class CodeHighlighter {

    private record Grammar(Pattern tokens, Set<String> keywords, boolean caseInsensitiveKeywords) {
    }

    private static final String C_COMMENT = "//[^\\n]*|/\\*[\\s\\S]*?(?:\\*/|$)";
    private static final String HASH_COMMENT = "#[^\\n]*";
    // "unrolled" string patterns: the group repeats once per escape, not once per character, so a
    // long literal cannot exhaust the regex engine's stack
    private static final String DQ = "\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"";
    private static final String SQ = "'[^'\\\\\\n]*+(?:\\\\.[^'\\\\\\n]*+)*+'";
    private static final String BACKTICK = "`[^`]*`";
    private static final String NUMBER = "\\b(?:0[xX][0-9a-fA-F_]+|\\d[\\d_]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)[a-zA-Z]*\\b";
    private static final String WORD = "[A-Za-z_][A-Za-z0-9_]*";

    /** Longer blocks are shown plain: highlighting is a nicety, not worth unbounded work. */
    static final int MAX_HIGHLIGHTED_LENGTH = 50_000;

    private static final Map<String, Grammar> GRAMMARS = Map.ofEntries(
            Map.entry("go", grammar(C_COMMENT, DQ + "|" + BACKTICK + "|" + SQ, false,
                    "break case chan const continue default defer else fallthrough for func go goto if import "
                            + "interface map package range return select struct switch type var true false nil iota")),
            Map.entry("java", grammar(C_COMMENT, DQ + "|" + SQ, false,
                    "abstract assert boolean break byte case catch char class const continue default do double else "
                            + "enum extends final finally float for if implements import instanceof int interface long "
                            + "new package private protected public record return short static super switch "
                            + "synchronized this throw throws try var void volatile while true false null sealed permits yield")),
            Map.entry("c", grammar(C_COMMENT, DQ + "|" + SQ, false,
                    "auto break case char const continue default do double else enum extern float for if int long "
                            + "register return short signed sizeof static struct switch typedef union unsigned void "
                            + "volatile while class new delete template typename namespace public private protected "
                            + "nullptr true false include define")),
            Map.entry("javascript", grammar(C_COMMENT, DQ + "|" + SQ + "|" + BACKTICK, false,
                    "async await break case catch class const continue default delete do else export extends false "
                            + "finally for function if import in instanceof let new null return super switch this throw "
                            + "true try typeof undefined var void while yield")),
            Map.entry("python", grammar(HASH_COMMENT, DQ + "|" + SQ, false,
                    "and as assert async await break class continue def del elif else except False finally for from "
                            + "global if import in is lambda None nonlocal not or pass raise return True try while with yield")),
            Map.entry("bash", grammar(HASH_COMMENT, DQ + "|" + SQ, false,
                    "if then else elif fi for while do done case esac in function return export local echo cd sudo")),
            Map.entry("sql", grammar("--[^\\n]*|/\\*[\\s\\S]*?(?:\\*/|$)", SQ + "|" + DQ + "|" + BACKTICK, true,
                    "select from where and or not insert into values update set delete create table index on primary "
                            + "key foreign references join left right inner outer group by order having limit offset as "
                            + "distinct union all begin commit rollback transaction for share lock in is null like between "
                            + "exists explain alter drop add unique default isolation level read write repeatable "
                            + "committed uncommitted serializable session start with")),
            Map.entry("yaml", grammar(HASH_COMMENT, DQ + "|" + SQ, false, "true false null yes no")),
            Map.entry("json", grammar("(?!)", DQ, false, "true false null")),
            Map.entry("proto", grammar(C_COMMENT, DQ + "|" + SQ, false,
                    "syntax package import option message enum service rpc returns repeated optional map oneof "
                            + "string int32 int64 uint32 uint64 bool bytes double float reserved stream")),
            Map.entry("lua", grammar("--[^\\n]*", DQ + "|" + SQ, false,
                    "and break do else elseif end false for function if in local nil not or repeat return then true until while")));

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("golang", "go"), Map.entry("cpp", "c"), Map.entry("c++", "c"), Map.entry("h", "c"),
            Map.entry("js", "javascript"), Map.entry("ts", "javascript"), Map.entry("typescript", "javascript"),
            Map.entry("py", "python"), Map.entry("sh", "bash"), Map.entry("shell", "bash"), Map.entry("zsh", "bash"),
            Map.entry("console", "bash"), Map.entry("mysql", "sql"), Map.entry("postgresql", "sql"),
            Map.entry("yml", "yaml"), Map.entry("protobuf", "proto"), Map.entry("kotlin", "java"),
            Map.entry("redis", "bash"));

    private static Grammar grammar(String comment, String string, boolean caseInsensitive, String keywords) {
        Pattern tokens = Pattern.compile("(?<comment>" + comment + ")|(?<string>" + string + ")|(?<number>"
                + NUMBER + ")|(?<word>" + WORD + ")");
        Set<String> words = Set.of((caseInsensitive ? keywords.toLowerCase(Locale.ROOT) : keywords).split(" "));
        return new Grammar(tokens, words, caseInsensitive);
    }

    /** The canonical language name for a fence's info string, or null when it is not highlighted. */
    public static String canonicalLanguage(String info) {
        if (info == null || info.isBlank()) {
            return null;
        }
        String name = info.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
        name = ALIASES.getOrDefault(name, name);
        return GRAMMARS.containsKey(name) ? name : null;
    }

    /** HTML-escaped code with highlighting spans; plain escaped code for unknown languages. */
    public String highlight(String code, String language) {
        String canonical = canonicalLanguage(language);
        if (canonical == null || code.length() > MAX_HIGHLIGHTED_LENGTH) {
            return escape(code);
        }
        Grammar grammar = GRAMMARS.get(canonical);
        StringBuilder html = new StringBuilder(code.length() + code.length() / 2);
        Matcher matcher = grammar.tokens().matcher(code);
        int last = 0;
        while (matcher.find()) {
            String tokenClass = classOf(matcher, grammar);
            if (tokenClass == null) {
                continue;
            }
            html.append(escape(code.substring(last, matcher.start())));
            html.append("<span class=\"tok-").append(tokenClass).append("\">")
                    .append(escape(matcher.group())).append("</span>");
            last = matcher.end();
        }
        html.append(escape(code.substring(last)));
        return html.toString();
    }

    private static String classOf(Matcher matcher, Grammar grammar) {
        if (matcher.group("comment") != null) {
            return "comment";
        }
        if (matcher.group("string") != null) {
            return "string";
        }
        if (matcher.group("number") != null) {
            return "number";
        }
        String word = matcher.group("word");
        String key = grammar.caseInsensitiveKeywords() ? word.toLowerCase(Locale.ROOT) : word;
        return grammar.keywords().contains(key) ? "keyword" : null;
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

}
