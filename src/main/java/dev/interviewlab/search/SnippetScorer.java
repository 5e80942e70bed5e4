package dev.interviewlab.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score (BM25-like weight × tf per distinct term, times a bonus for
 * passages near the start), computed without the 32 KB hash table the default scorer allocates for
 * every candidate passage: that allocation was most of a search's garbage. Passages hold a handful
 * of matches, so a quadratic scan for distinct terms is cheaper than any hash.
 */
final class SnippetScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        float score = 0;
        for (int i = 0; i < matches; i++) {
            boolean seenBefore = false;
            for (int j = 0; j < i && !seenBefore; j++) {
                seenBefore = terms[j].bytesEquals(terms[i]);
            }
            if (seenBefore) {
                continue;
            }
            int freqInPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    freqInPassage++;
                }
            }
            score += weight(contentLength, freqsInDoc[i]) * tf(freqInPassage, passage.getLength());
        }
        return score * norm(passage.getStartOffset());
    }
}
