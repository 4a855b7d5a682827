// A small program using the VnTechNewsExtractor library: analyse the articles of a folder (or single files)
// and print who invested in whom, with the amount and the sentence that says so.
using VnTechNewsExtractor;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: ConsumerSample FOLDER|FILE...");
    return 2;
}

var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { MaxParallelism = 2 });
int deals = 0, failures = 0;
foreach (var path in args)
{
    var results = Directory.Exists(path)
        ? analyzer.AnalyzeFolderAsync(path)
        : analyzer.AnalyzeFilesAsync([path]);
    await foreach (var article in results)
    {
        if (article.Errors.Count > 0)
        {
            failures++;
            foreach (var error in article.Errors) Console.Error.WriteLine(error.Message);
            continue;
        }
        Console.WriteLine($"{article.Title} ({article.Companies.Count} companies, {article.Money.Count} amounts)");
        foreach (var deal in article.Investments)
        {
            deals++;
            var amount = deal.Amount is { } a ? $", {a.Text}" : "";
            Console.WriteLine($"  {deal.Investor} -> {deal.Investee} [{deal.Kind}{amount}] \"{deal.Evidence.Text}\"");
        }
    }
}
Console.WriteLine($"{deals} deals found.");
return failures == 0 ? 0 : 1;
