package dev.interviewlab.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;
import java.util.regex.Pattern;

/**
 * One analyzer for English and Chinese text in the same field.
 * <ul>
 *   <li>Underscores split words, so {@code TIME_WAIT} and {@code time wait} meet as {@code time}, {@code wait}.</li>
 *   <li>English words are lower-cased, stop words dropped and stemmed ({@code rebasing} finds {@code rebase}).</li>
 *   <li>Chinese runs become overlapping bigrams ({@code 三色标记} → 三色, 色标, 标记): a two-character
 *       word is always one token, which a whole-run or trigram tokenizer would miss.</li>
 * </ul>
 * The index side also keeps single characters, so a one-character query such as {@code 锁} matches;
 * the query side emits unigrams only for isolated characters, so a multi-character query must match
 * as bigrams, which keeps results precise.
 */
final class BilingualAnalyzer extends Analyzer {

    private static final Pattern UNDERSCORE = Pattern.compile("_");

    private final boolean indexSide;

    private BilingualAnalyzer(boolean indexSide) {
        this.indexSide = indexSide;
    }

    static BilingualAnalyzer forIndexing() {
        return new BilingualAnalyzer(true);
    }

    static BilingualAnalyzer forQueries() {
        return new BilingualAnalyzer(false);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(UNDERSCORE, " ", reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, indexSide);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
