using VnTechNewsExtractor.Tests.Cli;

namespace VnTechNewsExtractor.Tests.Text;

/// <summary><c>vntech segment</c> as CONTRACT.md writes it, and the segmenter verbs.</summary>
public class SegmentVerbTests
{
    private static Task<(int Code, string Out, string Err)> Run(string stdin, params string[] args) => CliRunner.Run(stdin, args);

    [Test]
    public async Task Segment_writes_the_contract_example()
    {
        var (code, stdout, _) = await Run("", "segment", "Công ty Cổ phần Sữa Việt Nam (Vinamilk) báo lãi 2.500 tỷ đồng.");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(stdout, Is.EqualTo("Công_ty Cổ_phần Sữa Việt_Nam ( Vinamilk ) báo lãi 2.500 tỷ đồng .\n").Or.EqualTo("Công_ty Cổ_phần Sữa Việt_Nam ( Vinamilk ) báo lãi 2.500 tỷ đồng ." + Environment.NewLine));
    }

    [Test]
    public async Task Segment_reads_each_line_of_stdin()
    {
        var (code, stdout, _) = await Run("Thủ tướng Nguyễn Xuân Phúc thăm Hà Nội\ndoanh nghiệp huy động vốn\n", "segment");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')),
            Is.EqualTo(new[] { "Thủ_tướng Nguyễn_Xuân_Phúc thăm Hà_Nội", "doanh_nghiệp huy_động vốn" }));
    }

    [Test]
    public async Task Segment_accepts_decomposed_unicode()
    {
        var (_, stdout, _) = await Run("", "segment", "Hoa\u0300 bi\u0300nh");
        Assert.That(stdout.Trim(), Is.EqualTo("Hoà_bình"));
    }

    [Test]
    public async Task Segmenter_evaluate_prints_the_held_out_F1()
    {
        var gold = TestPaths.SharedData("segmentation", "train-gold-dev.txt");
        var (code, stdout, _) = await Run("", "segmenter", "evaluate", "--gold", gold);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("perceptron, held-out: sentences 240").And.Contain("F1 0.9"));
    }
}
