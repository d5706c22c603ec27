using System.Text.RegularExpressions;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Recognition;

/// <summary>
/// Recognises which council a text belongs to (ids from <see cref="Councils"/>). Names are matched by patterns that
/// tolerate the OCR damage seen in scanned papers (ø read as g/o/@, å as d/a), since recognition runs on repaired text
/// but must not fail where repair missed a word. The more specific name wins where names nest ("NorPreM-råd" before
/// "NorPreM").
/// </summary>
public static partial class CouncilRecogniser
{
    /// <summary>The council named in a title, or null when the title names none.</summary>
    public static string? FromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        return Count(title).OrderByDescending(kv => kv.Value).ThenBy(kv => Order(kv.Key)).Select(kv => kv.Key).FirstOrDefault();
    }

    /// <summary>
    /// The council a document belongs to: the one named in its title, otherwise the one named most often in its opening
    /// text (ties go to the most specific); null when no council is named.
    /// </summary>
    public static string? Recognise(string? title, string openingText)
    {
        if (FromTitle(title) is { } fromTitle)
        {
            return fromTitle;
        }

        var counts = Count(openingText);
        return counts.Count == 0
            ? null
            : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => Order(kv.Key)).First().Key;
    }

    /// <summary>Occurrences of each council's names in the text.</summary>
    public static IReadOnlyDictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>();
        void Add(string id, int n)
        {
            if (n > 0)
            {
                counts[id] = counts.GetValueOrDefault(id) + n;
            }
        }

        var regionalMatches = NorPreMRegionalRegex().Matches(text);
        var regional = regionalMatches.Count;
        foreach (Match m in regionalMatches)
        {
            Add(RegionNear(text, m) ?? Councils.NorPreMRegional, 1);
        }

        Add(Councils.NorPreM, NorPreMRegex().Matches(text).Count - regional + NorPreMLongRegex().Matches(text).Count);
        Add(Councils.HelseOmsorg21, Ho21Regex().Matches(text).Count);
        Add(Councils.Fagdirektormotet, FagdirektorRegex().Matches(text).Count);
        return counts;
    }

    /// <summary>
    /// The regional council when its health region is named right after the council's name ("NorPreM-råd Helse Vest",
    /// "NorPreM-rådet i Helse Sør-Øst") or right before it ("Helse Nords NorPreM-råd", "regionalt NorPreM-råd for Helse
    /// Midt-Norge" is after); null when no region is named close by.
    /// </summary>
    private static string? RegionNear(string text, Match council)
    {
        var after = text.Substring(council.Index + council.Length, Math.Min(40, text.Length - council.Index - council.Length));
        var before = text.Substring(Math.Max(0, council.Index - 25), Math.Min(25, council.Index));
        var m = RegionAfterRegex().Match(after) is { Success: true } a ? a : RegionBeforeRegex().Match(before);
        if (!m.Success)
        {
            return null;
        }

        var region = m.Groups["r"].Value.ToLowerInvariant();
        return region.StartsWith("s", StringComparison.Ordinal) ? Councils.NorPreMSorOst
            : region.StartsWith("v", StringComparison.Ordinal) ? Councils.NorPreMVest
            : region.StartsWith("m", StringComparison.Ordinal) ? Councils.NorPreMMidt
            : Councils.NorPreMNord;
    }

    private static int Order(string id) => id switch
    {
        Councils.NorPreMSorOst or Councils.NorPreMVest or Councils.NorPreMMidt or Councils.NorPreMNord => 0,
        Councils.NorPreMRegional => 0,
        Councils.Fagdirektormotet => 1,
        Councils.NorPreM => 2,
        _ => 3,
    };

    [GeneratedRegex(@"NorPreM-r\S{1,2}d", RegexOptions.CultureInvariant)]
    private static partial Regex NorPreMRegionalRegex();

    [GeneratedRegex(@"^\S*\s+(?:(?:i|for|in)\s+)?Helse[\s-]+(?<r>S\S{1,2}r[\s-]*\S{1,2}st|Vest|Midt|Nord)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RegionAfterRegex();

    [GeneratedRegex(@"Helse[\s-]+(?<r>S\S{1,2}r[\s-]*\S{1,2}st|Vest|Midt[\s-]*Norge|Midt|Nord)s?\s+(?:regionale?\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RegionBeforeRegex();

    [GeneratedRegex(@"\bNorPreM\b", RegexOptions.CultureInvariant)]
    private static partial Regex NorPreMRegex();

    [GeneratedRegex(@"[Nn]asjonalt\s+kompetansenettverk\s+for\s+persontilpasset\s+medisin", RegexOptions.CultureInvariant)]
    private static partial Regex NorPreMLongRegex();

    [GeneratedRegex(@"\bHelse\s?Omsorg\s?21|\bHO21\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ho21Regex();

    [GeneratedRegex(@"interregional\w*\s+fagdirekt\S{1,3}rm\S{1,3}te", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FagdirektorRegex();
}
