package vn.pipeline;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.*;

/**
 * Test fake of VnCoreNLP 1.2's pipeline: the same constructor and annotate method, models read from the folder
 * beside the jar. Segmentation is a greedy longest match over models/wordsegmenter/vi-vocab; NER labels the
 * names listed in models/ner/vi-ner ("name<TAB>TYPE") and a capitalised run after "công ty" / "tập đoàn" as ORG.
 */
public class VnCoreNLP {
    private final Set<String> vocabulary = new HashSet<>();
    private final Map<String, String> names = new HashMap<>();
    private final boolean ner;
    private int longest = 1;

    public VnCoreNLP(String[] annotators) throws IOException {
        File models;
        try {
            File jar = new File(VnCoreNLP.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            models = new File(jar.getParentFile(), "models");
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        File vocab = new File(models, "wordsegmenter/vi-vocab");
        if (!vocab.isFile()) throw new IOException("Word segmenter model not found: " + vocab);
        for (String line : Files.readAllLines(vocab.toPath(), StandardCharsets.UTF_8)) {
            String w = line.trim().toLowerCase(Locale.ROOT);
            if (w.isEmpty()) continue;
            vocabulary.add(w);
            longest = Math.max(longest, w.split(" ").length);
        }
        // Like the real one, it says what it loads on standard output.
        System.out.println("Loading fake word segmentation model from " + vocab);
        ner = Arrays.asList(annotators).contains("ner");
        File nerList = new File(models, "ner/vi-ner");
        if (ner && nerList.isFile())
            for (String line : Files.readAllLines(nerList.toPath(), StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (parts.length == 2) names.put(parts[0].replace(' ', '_'), parts[1]);
            }
    }

    public void annotate(Annotation annotation) throws IOException {
        // A snowman makes the fake fail, as the real one can on input it cannot handle.
        if (annotation.getRawText().indexOf('\u2603') >= 0) throw new IOException("fake failure on a snowman");
        for (String line : annotation.getRawText().split("\n")) {
            List<String> syllables = tokens(line);
            if (syllables.isEmpty()) continue;
            List<Word> words = new ArrayList<>();
            int i = 0;
            while (i < syllables.size()) {
                int take = 1;
                for (int n = Math.min(longest, syllables.size() - i); n > 1; n--) {
                    if (vocabulary.contains(String.join(" ", syllables.subList(i, i + n)).toLowerCase(Locale.ROOT))) { take = n; break; }
                }
                String form = String.join("_", syllables.subList(i, i + take));
                words.add(new Word(words.size() + 1, form, Character.isLetter(form.charAt(0)) ? "N" : "CH"));
                i += take;
            }
            if (ner) label(words);
            annotation.getSentences().add(new Sentence(words));
        }
    }

    private void label(List<Word> words) {
        String previous = "O";
        boolean afterDesignator = false;
        for (Word w : words) {
            String form = w.getForm();
            String lower = form.toLowerCase(Locale.ROOT);
            String label = "O";
            if (names.containsKey(form)) label = "B-" + names.get(form);
            else if (Character.isUpperCase(form.charAt(0)) && (afterDesignator || previous.endsWith("ORG"))) label = previous.endsWith("ORG") ? "I-ORG" : "B-ORG";
            w.setNerLabel(label);
            afterDesignator = lower.equals("công_ty") || lower.equals("tập_đoàn");
            previous = label;
        }
    }

    private static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        for (String piece : line.trim().split("\\s+")) {
            if (piece.isEmpty()) continue;
            int start = 0, end = piece.length();
            List<String> tail = new ArrayList<>();
            while (start < end && isPunct(piece.charAt(start))) out.add(String.valueOf(piece.charAt(start++)));
            while (end > start && isPunct(piece.charAt(end - 1))) tail.add(0, String.valueOf(piece.charAt(--end)));
            if (start < end) out.add(piece.substring(start, end));
            out.addAll(tail);
        }
        return out;
    }

    private static boolean isPunct(char c) { return ",.:;!?()\"“”".indexOf(c) >= 0; }
}
