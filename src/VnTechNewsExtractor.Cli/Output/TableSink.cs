using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace VnTechNewsExtractor.Cli.Output;

/// <summary>
/// <c>--format table</c>: per article its title, source, companies and deals (a table), for a person reading at a
/// terminal. Colours and the terminal's width only when writing to one; plain box-drawn text, 120 columns wide,
/// into files and pipes.
/// </summary>
internal sealed class TableSink : RecordSink
{
    private const int PlainWidth = 120;
    private readonly IAnsiConsole _console;

    public TableSink(TextWriter writer, string? target, string? temporary, bool terminal) : base(writer, target, temporary)
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal) _console.Profile.Width = PlainWidth;
    }

    public override void Write(ArticleAnalysis record)
    {
        _console.Write(new Rule($"[bold]{Markup.Escape(record.Title ?? "(no title)")}[/]") { Justification = Justify.Left });
        _console.MarkupLine($"[grey]{Markup.Escape(record.Source)}[/]");
        foreach (var error in record.Errors) _console.MarkupLine($"[red]error[/] {Markup.Escape(error.Code)}: {Markup.Escape(error.Message)}");
        if (record.Errors.Count > 0 && !record.IsArticle)
        {
            _console.WriteLine();
            return;
        }
        _console.MarkupLine(record.Companies.Count == 0
            ? "Companies: [grey]none[/]"
            : $"Companies ({record.Companies.Count}): {Markup.Escape(string.Join(", ", record.Companies.Select(c => c.Name)))}");
        if (record.Investments.Count == 0)
        {
            _console.MarkupLine("Deals: [grey]none[/]");
        }
        else
        {
            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumns("Investor", "Investee", "Kind", "Amount", "Stake", "Round", "Date", "Confidence");
            table.Columns[3].NoWrap();
            table.Columns[7].RightAligned();
            foreach (var deal in record.Investments)
            {
                table.AddRow(
                    Markup.Escape(Party(deal.InvestorParty)),
                    Markup.Escape(Party(deal.InvesteeParty)),
                    JsonNamingPolicy.CamelCase.ConvertName(deal.Kind.ToString()),
                    Markup.Escape(Amount(deal.Amount)),
                    deal.StakePercent is { } stake ? stake.ToString(CultureInfo.InvariantCulture) + "%" : "",
                    Markup.Escape(deal.Round ?? ""),
                    deal.Date ?? "",
                    deal.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
            }
            _console.Write(table);
        }
        _console.WriteLine();
    }

    /// <summary>"Lotus Ventures (fund)"; a company's kind goes without saying.</summary>
    private static string Party(DealParty party) => party.Kind == PartyKind.Company
        ? party.Name
        : $"{party.Name} ({JsonNamingPolicy.CamelCase.ConvertName(party.Kind.ToString())})";

    /// <summary>"500 triệu USD (500,000,000 USD)": as written, and the figure it stands for.</summary>
    private static string Amount(MoneyAmount? amount) => amount switch
    {
        null => "",
        { Value: { } value } => string.Create(CultureInfo.InvariantCulture, $"{amount.Text} ({value:#,0.##} {amount.Currency})"),
        _ => amount.Text,
    };
}
