using System.Text.RegularExpressions;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Text;

/// <summary>
/// Provenance: the readers note the page a field stands on; this places the field in that page's text (the character
/// range a page view can mark). Text is matched with any run of whitespace standing for any other, since rows are
/// joined by spaces and page text keeps line breaks; a field that cannot be found keeps its page with an empty range.
/// </summary>
public static partial class SourceSpans
{
    /// <summary>The case with its title, proposal and decision placed in their pages' text.</summary>
    public static CaseRecord Locate(CaseRecord c, IReadOnlyDictionary<int, string> pages) => c with
    {
        TitleAt = Place(c.TitleAt, c.Label is null ? c.Title : c.Label + " " + c.Title, pages),
        ProposalAt = Place(c.ProposalAt, c.ProposedDecision, pages),
        DecisionAt = Place(c.DecisionAt, c.Decision, pages),
    };

    /// <summary>The meeting with its date placed in its page's text.</summary>
    public static MeetingRecord Locate(MeetingRecord m, IReadOnlyDictionary<int, string> pages) => m with
    {
        DateAt = Place(m.DateAt, m.DateText, pages),
    };

    /// <summary>Where the start of <paramref name="text"/> stands on the span's page (or the next two), or the span as it was.</summary>
    public static SourceSpan? Place(SourceSpan? span, string? text, IReadOnlyDictionary<int, string> pages)
    {
        if (span is null || text is null || span.Start >= 0)
        {
            return span;
        }

        var words = WordRegex().Matches(text).Select(m => Regex.Escape(m.Value)).Take(8).ToList();
        if (words.Count == 0)
        {
            return span;
        }

        var pattern = new Regex(string.Join(@"\W+", words), RegexOptions.CultureInvariant);
        for (var page = span.Page; page <= span.Page + 2; page++)
        {
            if (pages.TryGetValue(page, out var pageText) && pattern.Match(pageText) is { Success: true } m)
            {
                return new SourceSpan(page, m.Index, m.Length);
            }
        }

        return span with { Start = 0, Length = 0 };
    }

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex WordRegex();
}
