using System.Text;

namespace NorPreM.Ingest.Structure.Text;

/// <summary>
/// Joins printed lines back into running text. A line ending in a hyphen is joined without a space and the hyphen is
/// kept ("helse-|økosystemet" → "helse-økosystemet"), because in Norwegian office documents a visible hyphen at a line
/// end is almost always part of the word (soft hyphens are not printed); a hyphen before a conjunction ("budsjett- |
/// eller") is an elided compound and keeps its space.
/// </summary>
public static class Paragraphs
{
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "og", "eller", "samt", "til" };

    /// <summary>
    /// Joins lines into one string, one space between lines, hyphenated line ends rejoined: a word broken at a hyphen
    /// ("budsjett-" / "relaterte") or a name ("Helse Midt-" / "Norge", the hyphen kept); "helse-" / "og omsorg" stays apart.
    /// </summary>
    public static string Join(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = Normalise(raw);
            if (line.Length == 0)
            {
                continue;
            }

            if (sb.Length == 0)
            {
                sb.Append(line);
                continue;
            }

            var firstWord = line.Split(' ', 2)[0];
            if (sb[^1] == '-' && sb.Length > 1 && char.IsLetter(sb[^2]) && firstWord.Length > 0
                && char.IsLower(firstWord[0]) && !Conjunctions.Contains(firstWord))
            {
                sb.Append(line);
            }
            else if (sb[^1] == '-' && sb.Length > 1 && char.IsLetter(sb[^2]) && firstWord.Length > 0 && char.IsUpper(firstWord[0]))
            {
                sb.Append(line); // a hyphenated name broken at its hyphen: "Helse Midt-" / "Norge RHF"
            }
            else
            {
                sb.Append(' ').Append(line);
            }
        }

        return sb.ToString();
    }

    /// <summary>Joins lines into paragraphs: a new paragraph starts at every line for which <paramref name="startsParagraph"/> is true.</summary>
    public static string JoinParagraphs<T>(IReadOnlyList<T> lines, Func<T, string> text, Func<T, int, bool> startsParagraph)
    {
        var paragraphs = new List<List<string>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (paragraphs.Count == 0 || startsParagraph(lines[i], i))
            {
                paragraphs.Add([]);
            }

            paragraphs[^1].Add(text(lines[i]));
        }

        return string.Join("\n", paragraphs.Select(Join).Where(p => p.Length > 0));
    }

    /// <summary>Collapses whitespace (tabs, no-break spaces) to single spaces and trims.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u00A0' or '\u202F')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }

    /// <summary>True when the text reads as a list item: a bullet, a dash, or a number or letter with a period or parenthesis.</summary>
    public static bool IsListItem(string text)
    {
        var t = text.TrimStart();
        if (t.Length < 2)
        {
            return false;
        }

        if (t[0] is '•' or '▪' or '●' or '◦' or '–' or '-' or '*' or '\uF0B7' && char.IsWhiteSpace(t[1]))
        {
            return true;
        }

        var i = 0;
        while (i < t.Length && char.IsDigit(t[i]))
        {
            i++;
        }

        return i is > 0 and <= 2 && i + 1 < t.Length && t[i] is '.' or ')' && char.IsWhiteSpace(t[i + 1]);
    }
}
