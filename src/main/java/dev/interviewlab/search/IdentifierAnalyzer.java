package dev.interviewlab.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;

import java.util.regex.Pattern;

/**
 * Keeps identifiers whole: {@code TIME_WAIT}, {@code tcp_syn_retries}, {@code SO_REUSEADDR} each become one
 * lower-cased token, and every other word is dropped. {@link BilingualAnalyzer} splits them at the
 * underscore so that "time wait" finds them; this field lets a note that writes the identifier itself
 * rank above notes that merely contain both words somewhere. ASCII only: Chinese text runs straight
 * into identifiers ({@code 进入TIME_WAIT状态}).
 */
final class IdentifierAnalyzer extends Analyzer {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new PatternTokenizer(IDENTIFIER, 0);
        TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
