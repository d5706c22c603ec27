using System.Text.RegularExpressions;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Entities;

/// <summary>
/// Learns organisations and their acronyms from "Long form (ACR)" patterns in running text, with the algorithm of
/// Schwartz &amp; Hearst, "A simple algorithm for identifying abbreviation definitions in biomedical text" (PSB 2003):
/// the acronym's characters are matched right to left against the words before the parenthesis, the first character
/// must start a word, and the long form is the shortest span that satisfies this within min(|A|+5, 2|A|) words.
/// Long forms that do not start with a capital letter ("persontilpasset medisin (PM)") name concepts, not
/// organisations, and are left out.
/// </summary>
public static partial class AcronymExtractor
{
    /// <summary>Organisations with acronyms defined in the text, in order of first definition.</summary>
    public static IReadOnlyList<OrganisationRecord> Extract(string text)
    {
        var result = new List<OrganisationRecord>();
        foreach (Match m in ParenthesisRegex().Matches(text))
        {
            var acronym = m.Groups["a"].Value;
            if (!PersonNames.IsAcronym(acronym) || acronym.Length > 10)
            {
                continue;
            }

            var before = text[..m.Index];
            var lineStart = Math.Max(before.LastIndexOf('\n'), Math.Max(before.LastIndexOf('.'), before.LastIndexOf(';')));
            var candidate = before[(lineStart + 1)..].TrimEnd();
            var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var maxWords = Math.Min(acronym.Length + 5, acronym.Length * 2);
            var window = words.Skip(Math.Max(0, words.Length - maxWords)).ToArray();
            var longForm = BestLongForm(acronym, window);
            if (longForm is null || !char.IsUpper(longForm[0]) || longForm.Equals(acronym, StringComparison.Ordinal))
            {
                continue;
            }

            if (!result.Any(o => o.Acronym == acronym && o.Name == longForm))
            {
                result.Add(new OrganisationRecord(longForm, acronym));
            }
        }

        return result;
    }

    /// <summary>The shortest suffix of <paramref name="words"/> that defines <paramref name="acronym"/>, or null.</summary>
    public static string? BestLongForm(string acronym, IReadOnlyList<string> words)
    {
        for (var start = words.Count - 1; start >= 0; start--)
        {
            var candidate = string.Join(' ', words.Skip(start));
            if (Matches(acronym, candidate))
            {
                return candidate.Trim(',', ':', ' ');
            }
        }

        return null;
    }

    // Schwartz & Hearst: walk the short form right to left, finding each character in the long form (also right to
    // left); the first character of the short form must be found at the start of a word.
    private static bool Matches(string shortForm, string longForm)
    {
        var s = shortForm.ToLowerInvariant();
        var l = longForm.ToLowerInvariant();
        var si = s.Length - 1;
        var li = l.Length - 1;
        while (si >= 0)
        {
            var c = s[si];
            if (!char.IsLetterOrDigit(c))
            {
                si--;
                continue;
            }

            while (li >= 0 && (l[li] != c || (si == 0 && li > 0 && char.IsLetterOrDigit(l[li - 1]))))
            {
                li--;
            }

            if (li < 0)
            {
                return false;
            }

            li--;
            si--;
        }

        // The long form must begin where the first character matched: no leading words without a matched letter.
        return l.IndexOf(' ', StringComparison.Ordinal) < 0 || li < 0 || l[..(li + 1)].Trim().Length == 0;
    }

    [GeneratedRegex(@"\((?<a>[^()\s,;]{2,12})\)")]
    private static partial Regex ParenthesisRegex();
}
