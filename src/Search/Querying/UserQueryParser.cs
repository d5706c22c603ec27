using System.Text;
using NorPreM.Search.Analysis;
using NorPreM.Core.Model;

namespace NorPreM.Search.Querying;

/// <summary>One piece of a user query: a word or a quoted phrase, possibly excluded or OR-ed with the previous one.</summary>
/// <param name="Text">The word or the phrase text as typed.</param>
/// <param name="IsPhrase">True for a quoted phrase.</param>
/// <param name="Excluded">True after a leading '-'.</param>
/// <param name="OrWithPrevious">True when an "OR" joined it to the previous clause.</param>
public sealed record QueryClause(string Text, bool IsPhrase, bool Excluded, bool OrWithPrevious);

/// <summary>A filter written in the query ("råd:ho21").</summary>
public sealed record QueryFilter(string Field, string Value);

/// <summary>The parsed user query.</summary>
/// <param name="CaseOrdinals">
/// Case numbers typed without meeting or year after "sak" ("sak 28", "sak nr. 28"): the "28" of every case numbered
/// 28/…, since a council member who remembers "sak 28" rarely remembers the rest.
/// </param>
public sealed record ParsedQuery(IReadOnlyList<QueryClause> Clauses, IReadOnlyList<QueryFilter> Filters, IReadOnlyList<string> CaseNumbers,
    IReadOnlyList<string>? CaseOrdinals = null)
{
    /// <summary>The bare case ordinals typed after "sak" (see the parameter).</summary>
    public IReadOnlyList<string> Ordinals => CaseOrdinals ?? [];

    /// <summary>True when nothing but whitespace was typed.</summary>
    public bool IsEmpty => Clauses.Count == 0 && Filters.Count == 0;
}

/// <summary>
/// Parses the query language of the search box: words, "quoted phrases", -exclusion, OR, and filters
/// råd:/år:/type:/sak:/møte:/tema:. Never throws: unbalanced quotes close at the end, markup is just text (the
/// analyzer drops the angle brackets), and input beyond <see cref="MaxLength"/> is cut. Users who know Lucene's or a
/// web search engine's syntax get what they mean rather than a search for the operator: AND and &amp;&amp; join words
/// (the default), NOT and a leading ! exclude like -, || is OR, and a proximity or boost suffix ("…"~2, helsedata^2) is
/// dropped instead of searching for the number. An unknown "x:" prefix ("tittel:helsedata") is not a filter: its
/// word and its value are searched as two words, not as the phrase "tittel helsedata".
/// </summary>
public static class UserQueryParser
{
    /// <summary>Longest query considered (characters).</summary>
    public const int MaxLength = 1000;

    /// <summary>Most clauses considered; the rest of a pasted text is ignored.</summary>
    public const int MaxClauses = 64;

    /// <summary>Filter prefixes (folded, lower case) and the facet field each maps to.</summary>
    private static readonly Dictionary<string, string> FilterNames = new(StringComparer.Ordinal)
    {
        ["råd"] = "council", ["rad"] = "council", ["council"] = "council",
        ["år"] = "year", ["ar"] = "year", ["year"] = "year",
        ["type"] = "type",
        ["sak"] = "case", ["case"] = "case",
        ["møte"] = "meeting", ["mote"] = "meeting", ["meeting"] = "meeting",
        ["tema"] = "theme", ["theme"] = "theme",
    };

    public static ParsedQuery Parse(string? query)
    {
        var text = (query ?? "").Normalize(NormalizationForm.FormC);
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var clauses = new List<QueryClause>();
        var filters = new List<QueryFilter>();
        var pendingOr = false;
        var pendingNot = false;
        var i = 0;
        while (i < text.Length && clauses.Count < MaxClauses)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var excluded = pendingNot;
            pendingNot = false;
            var atTokenStart = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(';
            if ((c == '-' || c == '–') && !atTokenStart)
            {
                // Glued to a closing quote ("me too"-bevegelsen): a hyphen, not an exclusion.
                i++;
                continue;
            }

            if ((c == '-' || c == '–') && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && !char.IsDigit(text[i + 1]))
            {
                excluded = true;
                i++;
                c = text[i];
            }
            else if ((c == '+' || (c == '!' && atTokenStart)) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                // "+word" (required in Lucene: every word counts anyway) and "!word" (Lucene's NOT).
                excluded |= c == '!' && text[i + 1] != '!';
                i++;
                c = text[i];
            }

            if (c is '"' or '«' or '“' or '”')
            {
                var close = text.IndexOfAny(['"', '»', '”', '“'], i + 1);
                var end = close < 0 ? text.Length : close;
                var phrase = text[(i + 1)..end].Trim();
                i = close < 0 ? text.Length : close + 1;
                i = SkipOperatorSuffix(text, i);
                if (phrase.Length > 0)
                {
                    clauses.Add(new QueryClause(phrase, IsPhrase: true, excluded, pendingOr && !excluded));
                }

                pendingOr = false;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            var word = StripOperatorSuffix(text[start..i]);
            if ((word is "OR" or "||") && !excluded)
            {
                pendingOr = clauses.Count > 0;
                continue;
            }

            if (word is "AND" or "&&" or "&" && !excluded)
            {
                // Words are searched together by default; the operator itself is no word to search for.
                continue;
            }

            if (word is "NOT" && !excluded)
            {
                pendingNot = true;
                pendingOr = false;
                continue;
            }

            var colon = word.IndexOf(':');
            if (colon > 0 && FilterNames.TryGetValue(word[..colon].ToLowerInvariant(), out var field))
            {
                var value = word[(colon + 1)..];
                if (value.Length == 0 && i < text.Length)
                {
                    // "sak: 28/3/2022" – the value follows after a space.
                    while (i < text.Length && char.IsWhiteSpace(text[i]))
                    {
                        i++;
                    }

                    start = i;
                    while (i < text.Length && !char.IsWhiteSpace(text[i]))
                    {
                        i++;
                    }

                    value = text[start..i];
                }

                value = value.Trim('"', '«', '»');
                if (value.Length > 0)
                {
                    filters.Add(new QueryFilter(field, value));
                }

                pendingOr = false;
                continue;
            }

            if (colon > 0 && colon < word.Length - 1 && word[..colon].All(char.IsLetter) && word[colon + 1] != '/')
            {
                // "tittel:helsedata": not a filter; the two words, not the phrase "tittel helsedata" (which no text holds).
                clauses.Add(new QueryClause(word[..colon], IsPhrase: false, excluded, pendingOr && !excluded));
                word = word[(colon + 1)..];
                pendingOr = false;
            }

            if (word.Trim('-', '–').Length > 0)
            {
                clauses.Add(new QueryClause(word, IsPhrase: false, excluded, pendingOr && !excluded));
            }

            pendingOr = false;
        }

        // Case numbers by year only ("sak 12/23") are found by the "sak" before them; the tokenizer keeps only three-part numbers whole.
        var caseNumbers = CaseNumbers.FindAll(text)
            .Concat(CaseNumber.FindAll(text).Where(f => !f.Number.HasMeeting).Select(f => f.Number.ToString()))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        // A query that is nothing but a number by year ("13/24", "13-2024") is looked up as a case, as "sak 13/24" is;
        // within a longer text "12/05" stays a date.
        if (caseNumbers.Count == 0 && clauses.Count == 1 && filters.Count == 0 && !clauses[0].IsPhrase && !clauses[0].Excluded
            && CaseNumber.TryParse("sak " + clauses[0].Text, out var alone) && !alone.Value.HasMeeting)
        {
            caseNumbers.Add(alone.Value.ToString());
        }

        return new ParsedQuery(clauses, filters, caseNumbers, CaseOrdinalsIn(clauses));
    }

    /// <summary>Lucene's proximity and boost suffixes: "~", "~2", "^2", "^1.5" at the end of a word or after a phrase.</summary>
    private static string StripOperatorSuffix(string word)
    {
        var end = word.Length;
        while (end > 0 && (char.IsAsciiDigit(word[end - 1]) || word[end - 1] == '.'))
        {
            end--;
        }

        return end >= 1 && word[end - 1] is '~' or '^' ? word[..(end - 1)] : word;
    }

    private static int SkipOperatorSuffix(string text, int i)
    {
        if (i >= text.Length || text[i] is not ('~' or '^'))
        {
            return i;
        }

        i++;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        return i;
    }

    /// <summary>Words that say the number after them is a case: "sak 28", "saken 28", "saksnr 28", "sak nr. 28".</summary>
    public static readonly IReadOnlySet<string> CaseWords = new HashSet<string>(StringComparer.Ordinal) { "sak", "saken", "sakene", "saks", "saksnr", "saksnr.", "nr", "nr." };

    /// <summary>
    /// The bare numbers 1–999 that follow a case word ("sak 28", "sak nr. 28"), neither quoted nor excluded; "28" alone
    /// stays a word, since a number without "sak" may be anything.
    /// </summary>
    private static List<string> CaseOrdinalsIn(List<QueryClause> clauses)
    {
        var ordinals = new List<string>();
        for (var i = 1; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var previous = clauses[i - 1];
            if (clause.IsPhrase || clause.Excluded || previous.IsPhrase || !CaseWords.Contains(previous.Text.ToLowerInvariant().TrimEnd(':'))
                || clause.Text.Length > 3 || !clause.Text.All(char.IsAsciiDigit)
                || int.Parse(clause.Text, System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 999)
            {
                continue;
            }

            ordinals.Add(int.Parse(clause.Text, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return ordinals;
    }
}
