namespace VnTechNewsExtractor.Documents;

/// <summary>What a <see cref="Token"/> is.</summary>
public enum TokenKind : byte
{
    /// <summary>A lower-case or capitalised Vietnamese syllable ("đầu", "Việt").</summary>
    Syllable,

    /// <summary>A Latin word with inner capitals, digits or hyphens (OpenAI, GPT-4, M-Service), or an all-caps acronym (USD, AI).</summary>
    LatinWord,

    /// <summary>A number as written: "2,75", "1.000.000", "2019" (a date is a <see cref="Date"/>).</summary>
    Number,

    /// <summary>Punctuation: . , ; : ! ? quotes, brackets, dashes.</summary>
    Punctuation,

    /// <summary>A currency sign: $ € £ ¥ ₫.</summary>
    CurrencySign,

    /// <summary>The percent sign.</summary>
    Percent,

    /// <summary>Any other symbol.</summary>
    Symbol,

    /// <summary>A URL.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>An abbreviation ending in a dot (TP.HCM, Tp., ThS., Inc.), or a name's initials (T., H.T.Dũng).</summary>
    Abbreviation,

    /// <summary>
    /// A date or time written without spaces: "14-1", "12/2015", "4-12-2003", "2004/07/08", "05:30:00". Day and
    /// month must be in range; other digit groups joined by '-' or '/' ("10-20") stay numbers and punctuation.
    /// </summary>
    Date,
}
