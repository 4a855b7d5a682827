package vn.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Test fake of VnCoreNLP's annotation: the raw text in, sentences of words out. */
public class Annotation {
    private final String rawText;
    private final List<Sentence> sentences = new ArrayList<>();

    public Annotation(String rawText) { this.rawText = rawText; }

    public String getRawText() { return rawText; }
    public List<Sentence> getSentences() { return sentences; }
}
