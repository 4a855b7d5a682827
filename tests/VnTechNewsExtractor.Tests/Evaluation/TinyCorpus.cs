using System.Text.Json;

namespace VnTechNewsExtractor.Tests.Evaluation;

/// <summary>
/// A corpus of six short articles the team wrote (fictional companies), with gold files and a split.tsv one folder
/// above them, laid out as the repository's corpus is.
/// </summary>
internal sealed class TinyCorpus : IDisposable
{
    private static readonly (string Id, string Split, string Text, string Investor, string Investee, decimal Amount, string Currency, string AmountText)[] Articles =
    [
        ("a1", "train", "Quỹ Sao Băng rót 5 triệu USD vào Mây Hồng\n\nQuỹ Sao Băng vừa đầu tư 5 triệu USD vào startup Mây Hồng.\n\nMây Hồng là startup giao đồ ăn tại Hà Nội.", "Sao Băng", "Mây Hồng", 5_000_000, "USD", "5 triệu USD"),
        ("a2", "train", "Tập đoàn Đông Sơn mua lại Cát Vàng\n\nTập đoàn Đông Sơn đã mua lại toàn bộ Công ty Cát Vàng với giá 300 tỷ đồng.\n\nCát Vàng sản xuất vật liệu xây dựng.", "Đông Sơn", "Cát Vàng", 300_000_000_000, "VND", "300 tỷ đồng"),
        ("a3", "train", "Lam Giang Capital đầu tư vào Nắng Mới\n\nLam Giang Capital rót 2 triệu USD vào công ty Nắng Mới trong vòng Series A.\n\nNắng Mới làm phần mềm kế toán.", "Lam Giang Capital", "Nắng Mới", 2_000_000, "USD", "2 triệu USD"),
        ("a4", "train", "Ngân hàng Phú Quý mua lại Tài chính Ánh Dương\n\nNgân hàng Phú Quý đã mua lại Công ty Tài chính Ánh Dương với giá 1.200 tỷ đồng.\n\nÁnh Dương có 300.000 khách hàng.", "Phú Quý", "Ánh Dương", 1_200_000_000_000, "VND", "1.200 tỷ đồng"),
        ("b1", "test", "Quỹ Hoa Sen rót 7 triệu USD vào Gió Bắc\n\nQuỹ Hoa Sen vừa đầu tư 7 triệu USD vào startup Gió Bắc.\n\nGió Bắc bán vé xe khách trực tuyến.", "Hoa Sen", "Gió Bắc", 7_000_000, "USD", "7 triệu USD"),
        ("b2", "test", "Tập đoàn Bình Minh mua lại Thép Xanh\n\nTập đoàn Bình Minh đã mua lại toàn bộ Công ty Thép Xanh với giá 800 tỷ đồng.\n\nThép Xanh có hai nhà máy.", "Bình Minh", "Thép Xanh", 800_000_000_000, "VND", "800 tỷ đồng"),
    ];

    public TinyCorpus()
    {
        Root = Directory.CreateTempSubdirectory("vntech-corpus-").FullName;
        Gold = Path.Combine(Root, "articles");
        Directory.CreateDirectory(Gold);
        File.WriteAllLines(Path.Combine(Root, "split.tsv"), ["# a test corpus", .. Articles.Select(a => $"{a.Id}.txt\t{a.Split}\t1\t")]);
        foreach (var a in Articles)
        {
            File.WriteAllText(Path.Combine(Gold, a.Id + ".txt"), a.Text);
            WriteGold(Gold, a.Id, a.Investor, a.Investee, a.Amount, a.Currency, a.AmountText);
        }
    }

    /// <summary>The corpus folder (holding split.tsv).</summary>
    public string Root { get; }

    /// <summary>The folder of articles and gold files.</summary>
    public string Gold { get; }

    /// <summary>Writes a gold file with two companies, one amount and one investment.</summary>
    public static void WriteGold(string dir, string id, string investor, string investee, decimal amount, string currency, string amountText)
    {
        var gold = new
        {
            id,
            file = id + ".txt",
            aliases = Array.Empty<string[]>(),
            companies = new { required = new[] { investor, investee }, optional = Array.Empty<string>(), forbidden = Array.Empty<string>() },
            money = new[] { new { text = amountText, value = amount, currency } },
            optionalMoney = Array.Empty<object>(),
            investments = new[] { new { investor, investee, kind = "investment", amounts = new[] { amount }, currency } },
            optionalInvestments = Array.Empty<object>(),
            notInvestments = Array.Empty<object>(),
        };
        File.WriteAllText(Path.Combine(dir, id + ".gold.json"), JsonSerializer.Serialize(gold));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
