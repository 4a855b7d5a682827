"""Test fake of py_vncorenlp: its VnCoreNLP class with the same constructor, checks and annotate_text output.

Like the real wrapper it changes into save_dir to start and stays there, and reads its models relative to the
working directory. Segmentation and NER follow the fake jar's rules (tests/.../Fakes/java)."""

import os

_PUNCT = ',.:;!?()"“”'


class VnCoreNLP:
    def __init__(self, max_heap_size="-Xmx2g", annotators=["wseg", "pos", "ner", "parse"], save_dir="./"):
        if save_dir[-1] == "/":
            save_dir = save_dir[:-1]
        if not os.path.isdir(save_dir + "/models") or not os.path.exists(save_dir + "/VnCoreNLP-1.2.jar"):
            raise Exception("Please download the VnCoreNLP model before initialization!")
        self.current_working_dir = os.getcwd()
        os.chdir(save_dir)
        with open("models/wordsegmenter/vi-vocab", encoding="utf-8") as f:
            self._vocabulary = {line.strip().lower() for line in f if line.strip()}
        self._longest = max((len(w.split(" ")) for w in self._vocabulary), default=1)
        self._names = {}
        self._ner = "ner" in annotators
        if self._ner and os.path.isfile("models/ner/vi-ner"):
            with open("models/ner/vi-ner", encoding="utf-8") as f:
                for line in f:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) == 2:
                        self._names[parts[0].replace(" ", "_")] = parts[1]

    def annotate_text(self, text):
        result = {}
        for line in text.split("\n"):
            syllables = _tokens(line)
            if not syllables:
                continue
            words = []
            i = 0
            while i < len(syllables):
                take = 1
                for n in range(min(self._longest, len(syllables) - i), 1, -1):
                    if " ".join(syllables[i:i + n]).lower() in self._vocabulary:
                        take = n
                        break
                form = "_".join(syllables[i:i + take])
                words.append({"index": len(words) + 1, "wordForm": form, "posTag": "N" if form[0].isalpha() else "CH",
                              "nerLabel": "O", "head": "_", "depLabel": "_"})
                i += take
            if self._ner:
                self._label(words)
            result[len(result)] = words
        return result

    def _label(self, words):
        previous, after_designator = "O", False
        for w in words:
            form = w["wordForm"]
            label = "O"
            if form in self._names:
                label = "B-" + self._names[form]
            elif form[0].isupper() and (after_designator or previous.endswith("ORG")):
                label = "I-ORG" if previous.endswith("ORG") else "B-ORG"
            w["nerLabel"] = label
            after_designator = form.lower() in ("công_ty", "tập_đoàn")
            previous = label


def _tokens(line):
    out = []
    for piece in line.split():
        start, end, tail = 0, len(piece), []
        while start < end and piece[start] in _PUNCT:
            out.append(piece[start])
            start += 1
        while end > start and piece[end - 1] in _PUNCT:
            end -= 1
            tail.insert(0, piece[end])
        if start < end:
            out.append(piece[start:end])
        out.extend(tail)
    return out
