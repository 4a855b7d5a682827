using Python.Runtime;
using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Text;
using VnTechNewsExtractor.VnCoreNLP;

namespace VnTechNewsExtractor.Tests.VnCoreNLP;

/// <summary>
/// The whole bridge, for real: C# → Python.NET → CPython → JPype → JVM running the fake of VnCoreNLP's Java API
/// (compiled by the test run), and C# → Python.NET → the fake py_vncorenlp module.
/// </summary>
[NonParallelizable]
public class VnCoreNlpBridgeTests
{
    private const string Article =
        "Tập đoàn Sông Hồng đầu tư vào Bình Minh\n\n" +
        "Công ty Hạt Ngọc mở rộng nhà máy ở Hà Nội, ông Lê Văn Tám cho biết.";

    private static string Surface(string text, Word w) => text[w.Start..w.End];

    private static (string Text, Word[] Words) Segment(VnCoreNlpBackend backend, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = backend.Segment(text, tokens).ToArray();
        return (text, words);
    }

    [TestCase(VnCoreNlpEngine.Jar, "jar")]
    [TestCase(VnCoreNlpEngine.PyVnCoreNlp, "py_vncorenlp")]
    public void Words_are_the_backends_words_mapped_onto_the_pipelines_tokens(VnCoreNlpEngine engine, string name)
    {
        var backend = FakeVnCoreNlp.Backend(engine);
        var (text, words) = Segment(backend, Article);
        var tokens = Tokenizer.Tokenize(text);
        Assert.Multiple(() =>
        {
            Assert.That(backend.EngineName, Is.EqualTo(name));
            Assert.That(words.Select(w => Surface(text, w)), Is.EqualTo(new[]
            {
                "Tập đoàn", "Sông Hồng", "đầu tư", "vào", "Bình Minh",
                "Công ty", "Hạt Ngọc", "mở rộng", "nhà máy", "ở", "Hà Nội", ",", "ông", "Lê Văn Tám", "cho", "biết", ".",
            }));
            Assert.That(words.Sum(w => w.TokenCount), Is.EqualTo(tokens.Count), "every token in exactly one word");
            Assert.That(words.Zip(words.Skip(1)).All(p => p.First.FirstToken + p.First.TokenCount == p.Second.FirstToken), Is.True);
        });
    }

    [TestCase(VnCoreNlpEngine.Jar)]
    [TestCase(VnCoreNlpEngine.PyVnCoreNlp)]
    public void Entities_come_from_the_backends_BIO_labels(VnCoreNlpEngine engine)
    {
        var backend = FakeVnCoreNlp.Backend(engine);
        var document = new Document(Article);
        var entities = backend.Recognize(document);
        Assert.That(entities.Select(e => (Article[e.Start..e.End], e.Label)), Is.EqualTo(new[]
        {
            ("Sông Hồng", "ORG"), ("Bình Minh", "ORG"), ("Hạt Ngọc", "ORG"), ("Hà Nội", "ORG"), ("Lê Văn Tám", "PER"),
        }));
    }

    [Test]
    public void Py_vncorenlp_changing_the_working_directory_does_not_move_the_host()
    {
        var before = Directory.GetCurrentDirectory();
        var backend = FakeVnCoreNlp.Backend(VnCoreNlpEngine.PyVnCoreNlp);
        Segment(backend, Article);
        Assert.That(Directory.GetCurrentDirectory(), Is.EqualTo(before));
        Assert.That(Directory.GetCurrentDirectory(), Is.Not.EqualTo(FakeVnCoreNlp.Home));
    }

    [Test]
    public void Auto_uses_py_vncorenlp_when_it_is_importable()
    {
        FakeVnCoreNlp.Backend(VnCoreNlpEngine.PyVnCoreNlp); // puts the fake wrapper on sys.path
        Assert.That(FakeVnCoreNlp.Backend(VnCoreNlpEngine.Auto).EngineName, Is.EqualTo("py_vncorenlp"));
    }

    [Test]
    public void Many_threads_at_once_get_the_same_words_as_one()
    {
        var backend = FakeVnCoreNlp.Backend(VnCoreNlpEngine.Jar);
        var texts = Enumerable.Range(0, 24).Select(i => $"Tập đoàn Sông Hồng đầu tư {i} triệu USD vào Bình Minh ở Hà Nội năm nay.").ToArray();
        var expected = texts.Select(t => Segment(backend, t).Words).ToArray();
        var parallel = new Word[texts.Length][];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i => parallel[i] = Segment(backend, texts[i]).Words);
        Assert.That(parallel, Is.EqualTo(expected));
    }

    [Test]
    public void An_analyzer_calls_the_bridge_once_per_article_and_reuses_its_entities()
    {
        var backend = FakeVnCoreNlp.Backend(VnCoreNlpEngine.Jar);
        var document = new Document(Article);
        var (_, words) = Segment(backend, document.Text);
        // Recognize of the same text instance takes the entities the Segment call kept; no second call is needed,
        // and a later Recognize of that text (nothing kept any more) calls the bridge again with the same answer.
        var first = backend.Recognize(document);
        var second = backend.Recognize(document);
        Assert.That(words, Is.Not.Empty);
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Backend_ORG_entities_become_companies_but_not_places()
    {
        var backend = FakeVnCoreNlp.Backend(VnCoreNlpEngine.Jar);
        var text = "Bình Minh mở rộng thị trường\n\nBình Minh cho biết sẽ mở rộng thị trường ở Hà Nội năm nay, như Tập đoàn Sông Hồng.";
        var builtin = new ArticleAnalyzer().AnalyzeText(text, "a.txt");
        var withBackend = new ArticleAnalyzer(new ArticleAnalyzerOptions { WordSegmenter = backend, EntityRecognizer = backend }).AnalyzeText(text, "a.txt");
        Assert.Multiple(() =>
        {
            Assert.That(builtin.Companies.Select(c => c.Name), Does.Not.Contain("Bình Minh"), "the built-in rules alone do not know it");
            Assert.That(withBackend.Companies.Select(c => c.Name), Does.Contain("Bình Minh").And.Contain("Sông Hồng"));
            Assert.That(withBackend.Companies.Single(c => c.Name == "Bình Minh").Mentions, Has.Count.EqualTo(2), "the repeat rule finds the title too");
            Assert.That(withBackend.Companies.Select(c => c.Name), Does.Not.Contain("Hà Nội"), "an ORG label does not make a place a company");
        });
    }

    [Test]
    public async Task A_failure_inside_VnCoreNLP_is_that_articles_error_and_the_batch_goes_on()
    {
        var backend = FakeVnCoreNlp.Backend(VnCoreNlpEngine.Jar);
        var dir = Directory.CreateTempSubdirectory("vntech-vncorenlp-batch-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.txt"), "Bình Minh mở rộng thị trường\n\nBình Minh cho biết sẽ mở rộng thị trường năm nay.");
            File.WriteAllText(Path.Combine(dir, "b.txt"), "Tuyết rơi \u2603\n\nCông ty Hạt Ngọc mở rộng nhà máy.");
            File.WriteAllText(Path.Combine(dir, "c.txt"), "Tập đoàn Sông Hồng mở rộng\n\nTập đoàn Sông Hồng mở rộng nhà máy ở Hà Nội.");
            var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { WordSegmenter = backend, EntityRecognizer = backend, MaxParallelism = 2 });
            var records = new List<ArticleAnalysis>();
            await foreach (var r in analyzer.AnalyzeFolderAsync(dir)) records.Add(r);
            Assert.Multiple(() =>
            {
                Assert.That(records.Select(r => r.Errors.Count), Is.EqualTo(new[] { 0, 1, 0 }));
                Assert.That(records[1].Errors[0].Message, Does.Contain("VnCoreNLP (jar) failed on this article").And.Contain("fake failure on a snowman"));
                Assert.That(records[2].Companies.Select(c => c.Name), Does.Contain("Sông Hồng"));
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestCase(VnCoreNlpEngine.Jar, "jpype", "the Python module jpype is not importable", "apt-get install python3-jpype")]
    [TestCase(VnCoreNlpEngine.PyVnCoreNlp, "py_vncorenlp", "the Python module py_vncorenlp is not importable", "pip install py_vncorenlp")]
    public void A_missing_Python_module_is_named_with_how_to_install_it(VnCoreNlpEngine engine, string module, string problem, string install)
    {
        FakeVnCoreNlp.Backend(VnCoreNlpEngine.Jar); // Python running, with JPype: the module is hidden from import below
        using (Py.GIL())
        {
            using var modules = new PyDict(Py.Import("sys").GetAttr("modules"));
            var saved = modules.HasKey(module) ? modules[module] : null;
            modules[module] = PyObject.None; // import of a name mapped to None raises ImportError
            try
            {
                // TryCreate takes the GIL again on this thread: Python.NET's GIL is re-entrant.
                Assert.That(VnCoreNlpBackend.TryCreate(new VnCoreNlpOptions { Home = FakeVnCoreNlp.Home, Engine = engine }, out _, out var error), Is.False);
                Assert.That(error, Does.StartWith(problem).And.Contain(install).And.Not.Contain("\n"));
            }
            finally
            {
                if (saved is null) modules.DelItem(module);
                else modules[module] = saved;
            }
        }
    }

    [Test]
    public void A_models_folder_without_the_models_is_named()
    {
        FakeVnCoreNlp.Backend(VnCoreNlpEngine.Jar);
        var home = Directory.CreateTempSubdirectory("vntech-vncorenlp-nomodels-").FullName;
        try
        {
            File.Copy(Path.Combine(FakeVnCoreNlp.Home, "VnCoreNLP-1.2.jar"), Path.Combine(home, "VnCoreNLP-1.2.jar"));
            Directory.CreateDirectory(Path.Combine(home, "models"));
            Assert.That(VnCoreNlpBackend.TryCreate(new VnCoreNlpOptions { Home = home, Engine = VnCoreNlpEngine.Jar }, out _, out var error), Is.False);
            Assert.That(error, Does.StartWith($"VnCoreNLP could not load its models from {Path.Combine(home, "models")}").And.Contain("vi-vocab").And.Not.Contain("\n"));
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }
}
