using NorPreM.Core.Model;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Knowledge;

/// <summary>A taxonomy theme that a topic's representative pages carry.</summary>
/// <param name="Pages">How many of the topic's representative pages carry it.</param>
public sealed record TopicThemeLink(string Id, string Label, int Pages, string Url);

/// <summary>A page representative of a topic, with where to read it.</summary>
/// <param name="Weight">Share (0..1) of the page's words the model gives the topic.</param>
/// <param name="Url">The page in the document view.</param>
/// <param name="CaseUrl">The case the page belongs to, when the knowledge base has it.</param>
public sealed record TopicPageLink(
    string Title,
    string DocumentId,
    string DocumentTitle,
    int Page,
    string? CaseNumber,
    double Weight,
    IReadOnlyList<string> Themes,
    string Url,
    string? CaseUrl);

/// <summary>One unsupervised topic as the pages and the API show it.</summary>
/// <param name="Label">The topic's three most probable words, as a name.</param>
/// <param name="SharedThemeShare">Share of the representative pages that carry the topic's most frequent theme.</param>
public sealed record TopicSummary(
    int Number,
    string Label,
    IReadOnlyList<TopicWord> Words,
    IReadOnlyList<TopicThemeLink> Themes,
    double SharedThemeShare,
    bool PossiblyOutsideTaxonomy,
    IReadOnlyList<TopicPageLink> Pages);

/// <summary>
/// The topics found without the taxonomy (LDA at ingest), or, when there are none, a Norwegian message saying why.
/// </summary>
/// <param name="Available">True when there are topics to show.</param>
/// <param name="Message">What the reader should know: how many topics from how many pages, or why there are none.</param>
/// <param name="CommonWords">Words left out because most pages use them.</param>
public sealed record TopicOverview(
    bool Available,
    string Message,
    int PageCount,
    string? Method,
    IReadOnlyList<string> CommonWords,
    IReadOnlyList<TopicSummary> Topics)
{
    /// <summary>The overview of the published topics, linked to the current knowledge base.</summary>
    public static TopicOverview From(TopicSet? topics, KnowledgeSnapshot knowledge, IngestStatus status)
    {
        if (topics is null)
        {
            var message = status.Phase is IngestPhase.Running or IngestPhase.NotStarted
                ? "Emnene beregnes når indekseringen er ferdig."
                : "Emnene er ikke tilgjengelige for denne indeksen; de beregnes ved neste indeksering (neste oppstart).";
            return new TopicOverview(false, message, 0, null, [], []);
        }

        if (topics.Topics.Count == 0)
        {
            return new TopicOverview(false, topics.Note ?? "Ingen emner ble funnet.", topics.UnitCount, NullIfEmpty(topics.Method), topics.CommonWords, []);
        }

        var summaries = topics.Topics.Select(t => Summarise(t, knowledge)).ToList();
        var outside = summaries.Count(s => s.PossiblyOutsideTaxonomy);
        var text = $"{summaries.Count} emner funnet i {topics.UnitCount} sider" +
            (topics.ThemesAvailable
                ? outside switch
                {
                    0 => "; alle har tema fra taksonomien som går igjen på de typiske sidene.",
                    1 => "; 1 er et mulig tema utenfor taksonomien.",
                    _ => $"; {outside} er mulige tema utenfor taksonomien.",
                }
                : "; sidene har ingen tema fra taksonomien (temamodellen mangler), så emnene er ikke sammenlignet med den.");
        return new TopicOverview(true, text, topics.UnitCount, NullIfEmpty(topics.Method), topics.CommonWords, summaries);
    }

    private static TopicSummary Summarise(TopicRecord topic, KnowledgeSnapshot knowledge)
    {
        var themes = topic.Themes
            .Select(o => new TopicThemeLink(o.ThemeId, ThemeCatalog.Label(o.ThemeId), o.Units, SearchLinks.ThemeUrl(o.ThemeId)))
            .ToList();
        var pages = topic.Units
            .Select(u => new TopicPageLink(
                u.Title,
                u.DocumentId,
                u.DocumentTitle,
                u.Page,
                u.CaseNumber,
                u.Weight,
                u.Themes.Select(ThemeCatalog.Label).ToList(),
                SearchLinks.DocumentUrl(u.DocumentId, u.Page),
                knowledge.FindCase(u.CaseNumber) is { } c ? SearchLinks.CaseUrl(c.Number) : null))
            .ToList();
        return new TopicSummary(
            topic.Number,
            string.Join(", ", topic.Words.Take(3).Select(w => w.Word)),
            topic.Words,
            themes,
            topic.SharedThemeShare,
            topic.PossiblyOutsideTaxonomy,
            pages);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
