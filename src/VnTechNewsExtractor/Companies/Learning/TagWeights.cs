namespace VnTechNewsExtractor.Companies.Learning;

/// <summary>One feature's weight for each <see cref="NameTag"/>.</summary>
internal struct TagWeights
{
    public float O;
    public float B;
    public float I;

    public readonly float this[NameTag tag] => tag switch { NameTag.B => B, NameTag.I => I, _ => O };

    public void Add(NameTag tag, float value)
    {
        switch (tag)
        {
            case NameTag.B: B += value; break;
            case NameTag.I: I += value; break;
            default: O += value; break;
        }
    }
}
