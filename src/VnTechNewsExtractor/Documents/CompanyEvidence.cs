namespace VnTechNewsExtractor.Documents;

/// <summary>Why a span was taken for a company name.</summary>
public enum CompanyEvidence : byte
{
    /// <summary>The name or one of its aliases is in the gazetteer.</summary>
    Gazetteer,

    /// <summary>A designator (công ty, tập đoàn, startup, quỹ, ngân hàng ...) precedes the name.</summary>
    Designator,

    /// <summary>The name's shape says company (CamelCase, "... AI", "... Capital", "... Group").</summary>
    NameShape,

    /// <summary>The same name was found with stronger evidence elsewhere in the article.</summary>
    Repeat,

    /// <summary>An external backend (for example VnCoreNLP's NER) labelled it an organisation.</summary>
    Backend,

    /// <summary>An otherwise unknown name fills the investor or investee slot of a deal ("chào bán cổ phiếu cho Hanwha").</summary>
    Context,

    /// <summary>The organisation of a person's role, between the role and the person ("CEO Luxstay Nguyễn Văn Dũng").</summary>
    Role,
}
