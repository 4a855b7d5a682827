namespace VnTechNewsExtractor.Quantities;

/// <summary>A date phrase read relative to the publication date ("năm ngoái" = the year before).</summary>
/// <param name="Precision">"year", "month" or "day".</param>
/// <param name="Offset">Years, months or days from the publication date.</param>
internal readonly record struct RelativeDate(string Precision, int Offset);
