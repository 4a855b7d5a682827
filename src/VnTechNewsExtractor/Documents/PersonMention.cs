namespace VnTechNewsExtractor.Documents;

/// <summary>A person named in the text ("Shark Hưng", "ông Trần Minh Khoa" → "Trần Minh Khoa"); people can be investors.</summary>
/// <param name="Span">The name's characters (with "Shark", which is how Shark Tank investors are called).</param>
/// <param name="Name">The name as written.</param>
public sealed record PersonMention(TextSpan Span, string Name);
