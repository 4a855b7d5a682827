namespace VnTechNewsExtractor.Money;

/// <summary>A word standing for an unstated figure ("hàng", "vài trăm", "bạc").</summary>
/// <param name="Surface">As written (lower-case).</param>
/// <param name="Currency">The currency it implies when none is written, or null.</param>
internal sealed record VagueWord(string Surface, string? Currency);
