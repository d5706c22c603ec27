using System.Text.RegularExpressions;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Text;

/// <summary>Earlier handlings of a case as papers and minutes state them, shared by the case-paper and minutes parsers.</summary>
public static partial class CaseReferences
{
    /// <summary>
    /// Case numbers listed in a "Tidligere behandlet" value (bare numbers count there), other than the case itself. A
    /// number of another series ("RS 4/2023", a referatsak) is no case and is left out.
    /// </summary>
    public static IReadOnlyList<string> PreviousFrom(string? value, CaseNumber self) =>
        value is null ? [] : CaseNumber.FindInCaseList(value)
            .Where(f => !OtherSeriesBeforeRegex().IsMatch(value[..f.Index]))
            .Select(f => f.Number).Where(n => n != self).Select(n => n.ToString()).Distinct().ToList();

    /// <summary>A series code of two capitals ("RS", "OS") just before a number: the number is of that series, not a case.</summary>
    [GeneratedRegex(@"(?:^|[^\p{L}])\p{Lu}{2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherSeriesBeforeRegex();

    /// <summary>
    /// Earlier cases the text refers back to explicitly: "Viser til Sak 21/2/2022", "jf. sak …", "(Sak 17/2/22)".
    /// A bare mention of another case is not taken as a handling of this one.
    /// </summary>
    public static IEnumerable<string> InText(IEnumerable<string> texts, CaseNumber self)
    {
        foreach (var text in texts)
        {
            foreach (var (n, index, length) in CaseNumber.FindAll(text))
            {
                if (n.CompareTo(self) >= 0)
                {
                    continue;
                }

                var before = text[..index];
                var after = text[(index + length)..];
                if (ReferenceCueRegex().IsMatch(before) || (before.EndsWith('(') && after.StartsWith(')')))
                {
                    yield return n.ToString();
                }
            }
        }
    }

    [GeneratedRegex(@"(?:viser\s+til|vise\s+til|jf\.?|jfr\.?|se|behandlet\s+i|behandlet\s+som|oppfølging\s+av)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceCueRegex();
}
