"""VnTechNewsExtractor's bridge to VnCoreNLP, run inside the .NET process by Python.NET.

This is the only Python code the bridge runs itself: the .NET assembly carries this file and executes it from
there, never from sys.path. It imports py_vncorenlp only when the caller asked for that engine, and JPype
otherwise. Every opener returns (engine, None) or (None, one-line message): setup problems are values, not
exceptions, so the host can report them before it writes anything.

An engine's annotate(text) returns the article's words as lines "form<TAB>pos<TAB>ner" (VnCoreNLP's word
forms join syllables with "_"): one string crosses into .NET per article.
"""

import os
import sys
import threading

_JAR_NAME = "VnCoreNLP-1.2.jar"

# The working directory belongs to the whole process: whoever changes it holds this lock and puts it back.
_cwd_lock = threading.Lock()

# The host's standard output carries its records (JSON Lines): whatever VnCoreNLP or its wrapper prints while
# loading models goes to standard error instead.
sys.stdout = sys.stderr


def _line(form, pos, ner):
    return "%s\t%s\t%s" % (form, pos if pos is not None else "", ner if ner is not None else "O")


class _JarEngine:
    """VnCoreNLP's Java API called through JPype."""

    name = "jar"

    def __init__(self, model, annotation_class):
        self._model = model
        self._annotation = annotation_class

    def annotate(self, text):
        annotation = self._annotation(text)
        self._model.annotate(annotation)
        lines = []
        # Every Java call costs a JNI crossing: lists become arrays in one call, and "%s" turns a JString (when
        # another JPype user started the JVM without string conversion) into a Python str.
        for sentence in annotation.getSentences().toArray():
            for word in sentence.getWords().toArray():
                lines.append(_line(word.getForm(), word.getPosTag(), word.getNerLabel()))
        return "\n".join(lines)


class _PyVnCoreNlpEngine:
    """py_vncorenlp's VnCoreNLP object (annotate_text returns {sentence: [{wordForm, posTag, nerLabel, ...}]})."""

    name = "py_vncorenlp"

    def __init__(self, model):
        self._model = model

    def annotate(self, text):
        with _cwd_lock:
            cwd = os.getcwd()
            try:
                sentences = self._model.annotate_text(text)
            finally:
                os.chdir(cwd)
        lines = []
        for key in sorted(sentences):
            for word in sentences[key]:
                lines.append(_line(word["wordForm"], word.get("posTag"), word.get("nerLabel")))
        return "\n".join(lines)


def py_vncorenlp_available():
    """True when py_vncorenlp can be imported (looked up without running it)."""
    import importlib.util
    return importlib.util.find_spec("py_vncorenlp") is not None


def open_py_vncorenlp(home, annotators, heap):
    try:
        import py_vncorenlp
    except ImportError as e:
        return None, ("the Python module py_vncorenlp is not importable (%s); install it with "
                      "'pip install py_vncorenlp' for this Python, or use the jar engine" % e)
    with _cwd_lock:
        # py_vncorenlp changes into save_dir to start VnCoreNLP and stays there: the host's directory is put back.
        cwd = os.getcwd()
        try:
            model = py_vncorenlp.VnCoreNLP(max_heap_size="-Xmx" + heap, annotators=list(annotators), save_dir=home)
        except Exception as e:  # whatever py_vncorenlp raises is a setup problem to report
            return None, "py_vncorenlp could not start VnCoreNLP from %s: %s" % (home, _one_line(e))
        finally:
            os.chdir(cwd)
    return _PyVnCoreNlpEngine(model), None


def _jpype_helper_jar(jpype, given):
    """JPype's own support jar: Debian ships it apart (/usr/share/java/org.jpype.jar), pip wheels beside the package."""
    candidates = [given] if given else []
    candidates.append(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(jpype.__file__))), "org.jpype.jar"))
    candidates.append("/usr/share/java/org.jpype.jar")
    for c in candidates:
        if c and os.path.isfile(c):
            return c
    return None


def open_jar(home, annotators, heap, helper_jar):
    try:
        import jpype
    except ImportError as e:
        return None, ("the Python module jpype is not importable (%s); install JPype for this Python: "
                      "'apt-get install python3-jpype' (Debian's python3) or 'pip install JPype1'" % e)
    jar = os.path.join(home, _JAR_NAME)
    if not jpype.isJVMStarted():
        helper = _jpype_helper_jar(jpype, helper_jar)
        if helper is None:
            return None, ("JPype's helper jar org.jpype.jar was not found (looked beside the jpype package and in "
                          "/usr/share/java); reinstall python3-jpype or JPype1")
        try:
            jpype.startJVM("-Xmx" + heap, classpath=[helper], convertStrings=True)
        except Exception as e:
            return None, ("JPype could not start a Java VM (%s); install a Java runtime "
                          "('apt-get install default-jre-headless') or set JAVA_HOME" % _one_line(e))
        # VnCoreNLP logs to System.out, which is the host's standard output (its records): send it to stderr.
        system = jpype.JClass("java.lang.System")
        system.setOut(system.err)
    try:
        # Each VnCoreNLP folder gets its own class loader, so the JVM (one per process) needs no jar on its
        # class path and two folders never see each other's classes.
        url = jpype.JClass("java.io.File")(jar).toURI().toURL()
        urls = jpype.JArray(jpype.JClass("java.net.URL"))([url])
        system = jpype.JClass("java.lang.ClassLoader").getSystemClassLoader()
        loader = jpype.JClass("java.net.URLClassLoader")(urls, system)
        vncorenlp = jpype.JClass("vn.pipeline.VnCoreNLP", loader=loader)
        annotation = jpype.JClass("vn.pipeline.Annotation", loader=loader)
        array = jpype.JArray(jpype.JString)(list(annotators))
    except Exception as e:
        return None, "%s does not hold VnCoreNLP's classes (vn.pipeline.VnCoreNLP): %s" % (jar, _one_line(e))
    with _cwd_lock:
        # VnCoreNLP 1.2 finds its models beside the jar; older releases read "models/..." from the working directory.
        cwd = os.getcwd()
        try:
            os.chdir(home)
            model = vncorenlp(array)
        except Exception as e:
            return None, "VnCoreNLP could not load its models from %s: %s" % (os.path.join(home, "models"), _one_line(e))
        finally:
            os.chdir(cwd)
    return _JarEngine(model, annotation), None


def _one_line(e):
    text = str(e).strip().splitlines()
    return text[0] if text else type(e).__name__
