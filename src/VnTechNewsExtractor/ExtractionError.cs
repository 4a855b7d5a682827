namespace VnTechNewsExtractor;

/// <summary>A problem met while reading or analysing one input; the rest of the batch goes on.</summary>
/// <param name="Code">A stable machine-readable code, one of <see cref="ExtractionErrorCodes"/>.</param>
/// <param name="Message">What went wrong, for people; names the input.</param>
public sealed record ExtractionError(string Code, string Message);
