using System.Text.RegularExpressions;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Text;

/// <summary>
/// A row that opens a case: "Sak 28/3/2022 Title", "Sak 41/23", "Sak 13/2/22: Title", also as a numbered or bulleted
/// list item ("1. Sak 01-2025 Title", "• Sak 3/24 Title"), as agendas and many minutes print them, or with a letter
/// for the kind of case before it ("O-sak 9/25 Title" for an orienteringssak).
/// </summary>
public static partial class CaseHeadings
{
    /// <summary>The case number a row starts with and the title after it (empty when the row holds the number alone), or null.</summary>
    public static (CaseNumber Number, string Title)? Read(string row)
    {
        // A list marker counts only before the word "Sak", so "1. 12/05" stays a date in a list.
        var marker = ListMarker().Match(row);
        var text = marker.Success && row.AsSpan(marker.Length).StartsWith("sak", StringComparison.OrdinalIgnoreCase) ? row[marker.Length..] : row;
        // "O-sak 9/25", "D-sak 4/24": a letter for the kind of case (orientering, drøfting, vedtak) before "sak".
        if (KindPrefix().Match(text) is { Success: true } kind)
        {
            text = text[kind.Length..];
        }

        if (CaseNumber.FindAll(text) is not [{ Index: 0 } found, ..])
        {
            return null;
        }

        return (found.Number, text[found.Length..].Trim().TrimStart(':', '–', '-').Trim());
    }

    /// <summary>
    /// The kind of case a letter before "sak" gives ("O-sak 9/25" → "Orienteringssak", "D-sak" → "Drøftingssak",
    /// "V-sak" → "Vedtakssak", "B-sak" → "Beslutningssak"), in the words of a "Type sak" cell; null for other rows and
    /// letters.
    /// </summary>
    public static string? Kind(string row)
    {
        var marker = ListMarker().Match(row);
        var text = marker.Success ? row[marker.Length..] : row;
        return KindPrefix().Match(text) is { Success: true } kind && Read(row) is not null
            ? kind.Value.TrimEnd('-') switch
            {
                "O" => "Orienteringssak",
                "D" => "Drøftingssak",
                "V" => "Vedtakssak",
                "B" => "Beslutningssak",
                _ => null,
            }
            : null;
    }

    [GeneratedRegex(@"^\p{Lu}{1,2}-(?=sak\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex KindPrefix();

    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]|[•▪–-])\s+")]
    private static partial Regex ListMarker();
}
