using System.Text.RegularExpressions;
using NorPreM.Search.Model;

namespace NorPreM.Ingest.Structure.Text;

/// <summary>Earlier handlings of a case as papers and minutes state them, shared by the case-paper and minutes parsers.</summary>
public static partial class CaseReferences
{
    /// <summary>Case numbers listed in a "Tidligere behandlet" value (bare numbers count there), other than the case itself.</summary>
    public static IReadOnlyList<string> PreviousFrom(string? value, CaseNumber self) =>
        value is null ? [] : CaseNumber.FindInCaseList(value).Select(f => f.Number).Where(n => n != self).Select(n => n.ToString()).Distinct().ToList();

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
