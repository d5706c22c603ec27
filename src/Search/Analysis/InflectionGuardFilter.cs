using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NorPreM.Search.Analysis;

/// <summary>
/// Keeps Lucene's ScandinavianNormalizationFilter (which reads "ae", "oe" as typed for "æ", "ø": "raadet" → "rådet")
/// away from the inflection of nouns whose base form ends in a vowel: "helsedataene" is "helsedata" + "ene", not
/// "helsedatæne", and "temaer", "kontoene" likewise, so every form keeps the base form's stem. <see cref="Protect"/>
/// stands in for the vowel before such an ending (a private-use character) before normalisation; <see cref="Restore"/>
/// puts it back after.
/// </summary>
public static partial class InflectionGuardFilter
{
    private const char GuardA = '\uE000';
    private const char GuardO = '\uE001';

    /// <summary>Before normalisation: hides the "a"/"o" that ends the stem of "dataene", "temaer", "kontoene".</summary>
    public static TokenStream Protect(TokenStream input) => new ProtectFilter(input);

    /// <summary>After normalisation: the hidden vowel back.</summary>
    public static TokenStream Restore(TokenStream input) => new RestoreFilter(input);

    [GeneratedRegex(@"^\p{L}{2,}(?<v>[ao])(?:ene|enes|et|ets|er|ers|en|ens)$", RegexOptions.CultureInvariant)]
    private static partial Regex InflectedVowelStem();

    private sealed class ProtectFilter(TokenStream input) : TokenFilter(input)
    {
        private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            if (_term.Length >= 5 && InflectedVowelStem().Match(_term.ToString()) is { Success: true } m)
            {
                // The vowel just before the ending ("data|ene", "tema|er").
                var at = m.Groups["v"].Index;
                _term.Buffer[at] = _term.Buffer[at] == 'a' ? GuardA : GuardO;
            }

            return true;
        }
    }

    private sealed class RestoreFilter(TokenStream input) : TokenFilter(input)
    {
        private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            var buffer = _term.Buffer;
            for (var i = 0; i < _term.Length; i++)
            {
                buffer[i] = buffer[i] switch
                {
                    GuardA => 'a',
                    GuardO => 'o',
                    var c => c,
                };
            }

            return true;
        }
    }
}
