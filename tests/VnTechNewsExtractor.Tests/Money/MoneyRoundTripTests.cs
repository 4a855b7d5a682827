using CsCheck;
using VnTechNewsExtractor.Money;

namespace VnTechNewsExtractor.Tests.Money;

/// <summary>Property tests: a value written out in Vietnamese news style parses back to itself.</summary>
public class MoneyRoundTripTests
{
    private static readonly MoneyRecognizer Recognizer = new();
    private static readonly Gen<long> Amounts = Gen.OneOf(Gen.Long[1, 999], Gen.Long[1_000, 999_999], Gen.Long[1_000_000, 999_999_999_999L]);
    private static readonly Gen<string> Currencies = Gen.OneOfConst("đồng", "USD", "đô la", "euro", "yên", "VND");

    [Test]
    public void Dotted_digits_round_trip() =>
        Gen.Select(Amounts, Currencies).Sample((n, currency) => AssertSingle($"Khoản đầu tư {VietnameseMoneyWriter.Dotted(n)} {currency} đã được giải ngân.", n));

    [Test]
    public void Spelled_out_numbers_round_trip() =>
        Gen.Select(Amounts, Currencies).Sample((n, currency) => AssertSingle($"Công ty chi {VietnameseMoneyWriter.Spelled(n)} {currency} cho dự án.", n));

    // "384 triệu 928" is ambiguous in Vietnamese ("1 triệu 2" is 1,2 triệu), so news writes units after a
    // magnitude only below "nghìn": values with units but no thousands are not written in this style.
    [Test]
    public void Groups_with_magnitude_words_round_trip() =>
        Gen.Select(Amounts.Where(n => n < 1_000_000 || n % 1_000_000 >= 1_000 || n % 1_000 == 0), Currencies)
            .Sample((n, currency) => AssertSingle($"Thương vụ trị giá {VietnameseMoneyWriter.Mixed(n)} {currency}.", n));

    [Test]
    public void Decimal_comma_with_a_magnitude_round_trips() =>
        Gen.Select(Gen.Int[1, 999], Gen.Int[0, 99], Gen.OneOfConst(("nghìn", 1_000m), ("triệu", 1_000_000m), ("tỷ", 1_000_000_000m), ("nghìn tỷ", 1_000_000_000_000m)), Currencies)
            .Sample((whole, hundredths, magnitude, currency) =>
            {
                decimal coefficient = whole + hundredths / 100m;
                AssertSingle($"Startup gọi vốn {VietnameseMoneyWriter.DecimalComma(coefficient)} {magnitude.Item1} {currency}.", coefficient * magnitude.Item2);
            });

    [Test]
    public void English_style_with_a_dollar_sign_round_trips() =>
        Gen.Select(Gen.Long[0, 99_999_999], Gen.Int[0, 99]).Sample((whole, cents) =>
        {
            decimal value = whole + cents / 100m;
            AssertSingle($"Sản phẩm giá ${VietnameseMoneyWriter.English(value)} tại Mỹ.", value);
        });

    [Test]
    public void Shorthands_round_trip() =>
        Gen.Select(Gen.Int[1, 999], Gen.Int[0, 9]).Sample((millions, tenths) =>
        {
            string written = tenths == 0 ? $"{millions}tr" : $"{millions}tr{tenths}";
            AssertSingle($"Mua lô hàng hết {written} đồng.", millions * 1_000_000m + tenths * 100_000m);
        });

    private static void AssertSingle(string sentence, decimal expected)
    {
        var found = Recognizer.Recognize(sentence);
        Assert.That(found.Select(a => a.Value), Is.EqualTo(new decimal?[] { expected }), sentence);
    }
}
