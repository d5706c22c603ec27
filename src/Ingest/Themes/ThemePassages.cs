using System.Text.RegularExpressions;

namespace NorPreM.Ingest.Themes;

/// <summary>
/// Cuts long text (an attachment of several pages) into passages of the size the theme model was trained on
/// (eval/themes/GUIDELINES.md: paragraphs and bullet items, short ones merged with the next, long ones split at
/// sentence ends), so that each passage is classified in the setting its thresholds were chosen for.
/// </summary>
public static partial class ThemePassages
{
    /// <summary>Passages shorter than this are merged with the next one.</summary>
    public const int MinLength = 200;

    /// <summary>Passages longer than this are split at a sentence end.</summary>
    public const int MaxLength = 1200;

    public static IReadOnlyList<string> Split(string text)
    {
        var result = new List<string>();
        var pending = "";
        foreach (var paragraph in BlankLine().Split(text ?? ""))
        {
            var clean = Whitespace().Replace(paragraph, " ").Trim();
            if (clean.Length == 0)
            {
                continue;
            }

            pending = pending.Length == 0 ? clean : pending + " " + clean;
            if (pending.Length >= MinLength)
            {
                result.AddRange(SplitLong(pending));
                pending = "";
            }
        }

        if (pending.Length > 0)
        {
            if (result.Count > 0 && pending.Length < MinLength / 2)
            {
                result[^1] += " " + pending;
            }
            else
            {
                result.Add(pending);
            }
        }

        return result;
    }

    private static IEnumerable<string> SplitLong(string passage)
    {
        while (passage.Length > MaxLength)
        {
            // The last sentence end before the limit, but not so early that the piece is tiny.
            var cut = passage.LastIndexOf(". ", MaxLength, StringComparison.Ordinal);
            if (cut < MinLength)
            {
                cut = passage.IndexOf(' ', MaxLength);
                if (cut < 0)
                {
                    break;
                }
            }

            yield return passage[..(cut + 1)].Trim();
            passage = passage[(cut + 1)..].Trim();
        }

        if (passage.Length > 0)
        {
            yield return passage;
        }
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
