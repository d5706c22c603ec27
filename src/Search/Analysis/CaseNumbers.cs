using System.Text.RegularExpressions;
using NorPreM.Core.Model;

namespace NorPreM.Search.Analysis;

/// <summary>
/// Where the tokenizer finds case numbers of council papers in running text ("28/3/2022", "28-3-2022", "13/2/22"),
/// so each is kept as one term in the normal form <see cref="CaseNumber"/> gives it and every spelling finds the same
/// case. A case number is never read as a date.
/// </summary>
public static partial class CaseNumbers
{
    /// <summary>A case number anywhere in a text: 1–3 digit case, 1–2 digit meeting, 2- or 4-digit year, '/' or '-'.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}/\-.])(\d{1,3})([/\-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}]|[/\-]\d)", RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    /// <summary>Normal form "28/3/2022" of a written case number, or null when <paramref name="text"/> is not one.</summary>
    public static string? Normalize(string text)
    {
        var m = Pattern().Match(text.Trim());
        return m.Success && m.Length == text.Trim().Length ? Normalize(m) : null;
    }

    /// <summary>
    /// Normal form of a <see cref="Pattern"/> match, by <see cref="CaseNumber"/> (the one parser of case numbers);
    /// a match that is no valid case number (meeting 0, a year out of range) stays as written.
    /// </summary>
    public static string Normalize(Match m) => CaseNumber.TryParse(m.Value, out var number) ? number.Value.ToString() : m.Value;

    /// <summary>Every case number in <paramref name="text"/>, in normal form, first occurrence first.</summary>
    public static IReadOnlyList<string> FindAll(string text) =>
        Pattern().Matches(text).Select(Normalize).Distinct(StringComparer.Ordinal).ToList();
}
