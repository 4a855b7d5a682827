namespace VnTechNewsExtractor;

/// <summary>What kind of party invests or is invested in (<see cref="DealParty.Kind"/>).</summary>
public enum PartyKind
{
    /// <summary>A business: one of the article's <see cref="ArticleAnalysis.Companies"/> that is neither a fund nor a state body.</summary>
    Company,

    /// <summary>An investment fund or venture firm ("quỹ Lotus Ventures", "Blue Harbor Capital").</summary>
    Fund,

    /// <summary>A person ("ông Trần Minh Khoa", "Shark Hưng").</summary>
    Person,

    /// <summary>A state body or the state's investor ("Bộ Tài chính", "UBND TP HCM", "Ngân hàng Nhà nước").</summary>
    StateBody,

    /// <summary>Nothing in the article says which.</summary>
    Unknown,
}
