package vn.pipeline;

/** Test fake of VnCoreNLP's word: the form joins syllables with '_'. */
public class Word {
    private final int index;
    private final String form;
    private final String posTag;
    private String nerLabel;

    public Word(int index, String form, String posTag) {
        this.index = index;
        this.form = form;
        this.posTag = posTag;
    }

    public int getIndex() { return index; }
    public String getForm() { return form; }
    public String getPosTag() { return posTag; }
    public String getNerLabel() { return nerLabel; }
    void setNerLabel(String label) { nerLabel = label; }
}
