namespace VnTechNewsExtractor;

/// <summary>What kind of deal an <see cref="InvestmentRelation"/> reports.</summary>
public enum InvestmentKind
{
    /// <summary>Money put into the investee: a funding round, a capital injection, a share purchase.</summary>
    Investment,

    /// <summary>A commitment to invest a stated amount (cam kết đầu tư).</summary>
    Pledge,

    /// <summary>The investor buys the investee outright or takes control (mua lại, thâu tóm).</summary>
    Acquisition,

    /// <summary>The investor holds or bought a share and nothing else is said (nắm, sở hữu x% cổ phần).</summary>
    Stake,
}
