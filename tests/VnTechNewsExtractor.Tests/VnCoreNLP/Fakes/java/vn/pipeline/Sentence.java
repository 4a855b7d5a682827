package vn.pipeline;

import java.util.List;

/** Test fake of VnCoreNLP's sentence. */
public class Sentence {
    private final List<Word> words;

    Sentence(List<Word> words) { this.words = words; }

    public List<Word> getWords() { return words; }
}
