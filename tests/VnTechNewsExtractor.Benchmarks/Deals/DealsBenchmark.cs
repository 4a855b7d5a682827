using System.Diagnostics;
using System.Globalization;
using System.Text;
using VnTechNewsExtractor.Benchmarks.Corpus;
using VnTechNewsExtractor.Serialization;

namespace VnTechNewsExtractor.Benchmarks.Deals;

/// <summary>
/// The deal table at scale: <c>deals generate --out FILE --count 100000</c> writes synthetic article records (JSON
/// Lines as <c>vntech analyze</c> writes them: text, companies with aliases, 1–3 deals each over a pool of companies, so
/// that many reports are of one deal); <c>deals run FILE [--max-seconds 60] [--max-rss-mb 1024]</c> times the real
/// <c>vntech deals FILE --output deals.parquet --report deals.html</c> as a child process, sampling its peak resident
/// memory, and fails when a limit is passed.
/// </summary>
public static class DealsBenchmark
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        if (args.Length >= 1 && args[0] == "generate") return Generate(args[1..]);
        if (args.Length >= 2 && args[0] == "run") return Measure(args[1], args[2..]);
        Console.Error.WriteLine("usage: deals generate --out FILE [--count 100000] [--seed 17] | deals run FILE [--max-seconds 60] [--max-rss-mb 1024]");
        return 2;
    }

    private static string? Option(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static readonly string[] Syllables =
        ["Hoa", "Sen", "Bình", "Minh", "Mây", "Trắng", "Nông", "Sản", "Số", "Mekong", "Xanh", "Trường", "An", "Phương", "Nam", "Đông", "Á",
         "Sao", "Khuê", "Việt", "Hải", "Âu", "Lúa", "Vàng", "Kaito", "Lotus", "Hưng", "Thịnh", "Phát", "Đạt", "Tín", "Nhật", "Quang", "Long"];

    private static readonly string[] Rounds = ["Seed", "Series A", "Series B", "Series C"];

    private static int Generate(string[] args)
    {
        var output = Option(args, "--out");
        if (output is null) return Run([]);
        int count = int.Parse(Option(args, "--count") ?? "100000", Inv);
        var random = new Random(int.Parse(Option(args, "--seed") ?? "17", Inv));
        // 4,000 investors and 12,000 investees; 30,000 underlying deals, each reported by several articles.
        string Name(int i, string salt) => $"{Syllables[i % Syllables.Length]} {Syllables[(i / Syllables.Length + salt.Length) % Syllables.Length]} {salt}{i}";
        var deals = Enumerable.Range(0, 30_000).Select(i => (
            Investor: Name(random.Next(4_000), "Capital "), Investee: Name(random.Next(12_000), "Tech "),
            Usd: random.Next(1, 500) * 1_000_000m, Round: random.Next(3) == 0 ? null : Rounds[random.Next(Rounds.Length)],
            Day: new DateTimeOffset(2019, 1, 1, 8, 0, 0, TimeSpan.FromHours(7)).AddDays(random.Next(6 * 365)))).ToArray();
        var filler = string.Join(' ', Enumerable.Range(0, 220).Select(i => Syllables[(i * 7) % Syllables.Length].ToLowerInvariant())) + ".";
        var clock = Stopwatch.StartNew();
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 16);
        for (int n = 0; n < count; n++)
        {
            var picked = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => deals[random.Next(deals.Length)]).DistinctBy(d => (d.Investor, d.Investee)).ToList();
            var published = picked[0].Day.AddDays(random.Next(4));
            var sentences = new List<string>();
            var money = new List<MoneyAmount>();
            var relations = new List<InvestmentRelation>();
            var companies = new List<Company>();
            var text = new StringBuilder($"Tin đầu tư số {n}\n\n{filler}\n\n");
            foreach (var d in picked)
            {
                bool vnd = random.Next(2) == 0;
                var amountText = vnd ? $"{d.Usd / 1_000_000m * 24:0} tỷ đồng" : $"{d.Usd / 1_000_000m:0} triệu USD";
                var investor = random.Next(3) == 0 ? "Quỹ " + d.Investor : d.Investor;
                var investee = random.Next(4) == 0 ? "Công ty Cổ phần " + d.Investee : d.Investee;
                var sentence = $"{investor} đầu tư {amountText} vào {investee}{(d.Round is null ? "" : " trong vòng " + d.Round)}.";
                int at = text.Length;
                text.Append(sentence).Append(' ').Append(filler).Append("\n\n");
                int amountAt = at + sentence.IndexOf(amountText, StringComparison.Ordinal);
                var amount = new MoneyAmount(amountText, amountAt, amountAt + amountText.Length, vnd ? d.Usd * 24_000 : d.Usd, vnd ? "VND" : "USD");
                money.Add(amount);
                relations.Add(new InvestmentRelation(investor, investee, InvestmentKind.Investment, new Evidence(at, at + sentence.Length, sentence), 0.5 + random.NextDouble() / 2)
                {
                    Amount = amount,
                    Round = d.Round,
                });
                companies.Add(new Company(investor, [new TextSpan(at, at + investor.Length)]));
                companies.Add(new Company(investee, [new TextSpan(at + sentence.IndexOf(investee, StringComparison.Ordinal), at + sentence.IndexOf(investee, StringComparison.Ordinal) + investee.Length)]) { Aliases = [d.Investee] });
            }
            var site = $"site{random.Next(5)}.example";
            writer.WriteLine(ArticleJson.Serialize(new ArticleAnalysis
            {
                Source = $"https://{site}/tin-{n}.html",
                Url = $"https://{site}/tin-{n}.html",
                Site = site,
                IsArticle = true,
                Title = $"Tin đầu tư số {n}",
                PublishedAt = published,
                Paragraphs = [filler],
                Text = text.ToString(),
                Companies = companies,
                Money = money,
                Investments = relations,
            }));
        }
        Console.WriteLine(string.Create(Inv, $"deals: wrote {count} records ({new FileInfo(output).Length / 1048576.0:F0} MB) to {output} in {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    private static int Measure(string file, string[] args)
    {
        double maxSeconds = double.Parse(Option(args, "--max-seconds") ?? "60", Inv), maxRss = double.Parse(Option(args, "--max-rss-mb") ?? "1024", Inv);
        var vntech = Path.Combine(AppContext.BaseDirectory, "vntech.dll");
        var dir = Directory.CreateTempSubdirectory("vntech-deals-bench-");
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in new[] { vntech, "deals", file, "--output", Path.Combine(dir.FullName, "deals.parquet"), "--report", Path.Combine(dir.FullName, "deals.html") })
                start.ArgumentList.Add(a);
            start.Environment["DOTNET_TieredPGO"] = "0";
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            double peak = 0, cpu = 0;
            while (!process.WaitForExit(20))
            {
                peak = Math.Max(peak, CorpusRun.ReadPeakRssMb(process.Id));
                cpu = Math.Max(cpu, CorpusRun.ReadCpuSeconds(process.Id));
            }
            double seconds = clock.Elapsed.TotalSeconds;
            Console.Write(stdout.Result + stderr.Result);
            if (process.ExitCode != 0) return 1;
            Console.WriteLine(string.Create(Inv,
                $"deals run: {seconds:F1} s wall, {cpu:F1} s CPU, peak RSS {peak:F0} MB; parquet {new FileInfo(Path.Combine(dir.FullName, "deals.parquet")).Length / 1048576.0:F1} MB, report {new FileInfo(Path.Combine(dir.FullName, "deals.html")).Length / 1048576.0:F1} MB"));
            bool ok = seconds <= maxSeconds && peak <= maxRss;
            if (!ok) Console.WriteLine(string.Create(Inv, $"deals run: over a limit ({maxSeconds} s, {maxRss} MB)"));
            return ok ? 0 : 1;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
