using VnTechNewsExtractor.Text;
using VnTechNewsExtractor.VnCoreNLP;

namespace VnTechNewsExtractor.Tests.VnCoreNLP;

/// <summary>The real VnCoreNLP (GPL-3.0, installed by the user): runs only when VNCORENLP_HOME names its folder.</summary>
[NonParallelizable]
public class RealVnCoreNlpTests
{
    [Test]
    public void The_real_VnCoreNLP_segments_and_finds_organisations()
    {
        if (Environment.GetEnvironmentVariable(VnCoreNlpOptions.HomeVariable) is not { Length: > 0 } home)
        {
            Assert.Ignore("VNCORENLP_HOME is not set: the real VnCoreNLP (VnCoreNLP-1.2.jar and models/) is not installed here");
            return;
        }
        if (!VnCoreNlpBackend.TryCreate(new VnCoreNlpOptions { Home = home, Engine = VnCoreNlpEngine.Jar }, out var backend, out var error))
        {
            Assert.Fail(error);
            return;
        }
        const string text = "Ngân hàng Vietcombank ký thỏa thuận hợp tác với Tập đoàn FPT tại Hà Nội.";
        var words = backend.Segment(text, Tokenizer.Tokenize(text)).Select(w => text[w.Start..w.End]).ToList();
        Assert.That(words, Does.Contain("Ngân hàng").And.Contain("hợp tác"));
        var orgs = backend.Recognize(new Documents.Document(text)).Where(e => e.Label == EntityLabels.Organization).Select(e => text[e.Start..e.End]);
        Assert.That(orgs, Is.Not.Empty);
    }
}
