using NorPreM.Ingest.Themes;
using NorPreM.Core.Model;
using NorPreM.Core.Themes;

namespace NorPreM.Ingest.Topics;

/// <summary>
/// Finds topics with <see cref="TopicDiscovery"/> over the index's page units and compares them with the taxonomy.
/// <para>
/// Pages, because they cover every word of the corpus exactly once (case, decision and section units repeat page
/// text, and attachments have no sections), and each can be linked to. Pages shorter than
/// <see cref="MinWords"/> words (covers, signature pages, blank scans) are left out: a model can give them any topic
/// with full weight, which would make them look representative.
/// </para>
/// <para>
/// The comparison: a topic's themes are those the classifier gave its representative pages, counted. A topic is marked
/// as possibly outside the taxonomy when no theme is shared by at least <see cref="OutsideTaxonomyBelow"/> of its
/// representative pages: either the pages carry few or no themes, or each carries a different one, so no theme of
/// the taxonomy stands for what they have in common. (The page classifier is generous, so requiring only "some
/// theme" would mark nothing.) When no page has a theme (the theme model is missing), nothing is marked.
/// </para>
/// </summary>
public sealed class LdaTopicFinder(TopicOptions? options = null, Action<string>? warn = null) : ITopicFinder
{
    /// <summary>Fewest words a page needs to take part.</summary>
    public const int MinWords = 50;

    /// <summary>A topic is possibly outside the taxonomy when its most frequent theme is on fewer than this share of its representative pages.</summary>
    public const double OutsideTaxonomyBelow = 0.5;

    private readonly TopicOptions options = options ?? new TopicOptions();

    public TopicSet Find(IReadOnlyList<IndexUnit> units, IReadOnlyCollection<string> personNames)
    {
        var eligible = units
            .Where(u => u.Kind == UnitKind.Page && WordCount(u.Text) >= MinWords)
            .OrderBy(u => u.DocumentId, StringComparer.Ordinal)
            .ThenBy(u => u.Pages.Count > 0 ? u.Pages[0] : 0)
            .ToList();
        var pages = Sample(eligible, options.MaxTexts);
        var themesAvailable = units.Any(u => u.Themes.Count > 0);
        TopicDiscoveryResult result;
        try
        {
            var excluded = personNames.SelectMany(TopicDiscovery.Tokenize).Concat(options.ExcludedWords).ToHashSet(StringComparer.Ordinal);
            result = TopicDiscovery.Discover(pages.Select(p => p.Text).ToList(), options with { ExcludedWords = excluded });
        }
        catch (TopicDiscoveryException e)
        {
            warn?.Invoke($"Fant ingen emner: {e.Reason}");
            return new TopicSet { UnitCount = eligible.Count, ThemesAvailable = themesAvailable, Note = $"Ingen emner: {e.Reason}" };
        }

        var topics = result.Topics.Select(t => Compare(t, pages, themesAvailable)).ToList();
        return new TopicSet
        {
            Method = result.Method + $"; sider med minst {MinWords} ord" +
                (pages.Count < eligible.Count ? $", jevnt utvalg på {pages.Count} av {eligible.Count} sider" : ""),
            UnitCount = eligible.Count,
            Vocabulary = result.Vocabulary,
            CommonWords = result.CommonWords,
            ThemesAvailable = themesAvailable,
            Topics = topics,
        };
    }

    /// <summary>
    /// At most <paramref name="max"/> of <paramref name="pages"/>, evenly spread over their order (documents by id, pages
    /// in order), so every part of the archive is represented and the same pages give the same sample.
    /// </summary>
    internal static List<IndexUnit> Sample(List<IndexUnit> pages, int max) =>
        max <= 0 || pages.Count <= max
            ? pages
            : Enumerable.Range(0, max).Select(i => pages[(int)((long)i * pages.Count / max)]).ToList();

    private static TopicRecord Compare(DiscoveredTopic topic, IReadOnlyList<IndexUnit> pages, bool themesAvailable)
    {
        var units = topic.Texts.Select(t =>
        {
            var page = pages[t.Index];
            return new TopicUnit
            {
                UnitId = page.Id,
                DocumentId = page.DocumentId,
                Title = page.Title,
                DocumentTitle = page.DocumentTitle,
                Page = page.Pages.Count > 0 ? page.Pages[0] : 1,
                CaseNumber = page.CaseNumber,
                Council = page.Council,
                Weight = t.Weight,
                Themes = page.Themes.Select(s => s.Id).ToList(),
            };
        }).ToList();
        var themes = units
            .SelectMany(u => u.Themes.Distinct(StringComparer.Ordinal))
            .GroupBy(id => id, StringComparer.Ordinal)
            .Select(g => new TopicThemeOverlap(g.Key, g.Count()))
            .OrderByDescending(o => o.Units)
            .ThenBy(o => TaxonomyOrder(o.ThemeId))
            .ToList();
        var coverage = units.Count == 0 ? 0 : Math.Round(units.Count(u => u.Themes.Count > 0) / (double)units.Count, 3);
        var shared = units.Count == 0 || themes.Count == 0 ? 0 : Math.Round(themes[0].Units / (double)units.Count, 3);
        return new TopicRecord
        {
            Number = topic.Number,
            Words = topic.Words,
            Units = units,
            Themes = themes,
            ThemeCoverage = coverage,
            SharedThemeShare = shared,
            PossiblyOutsideTaxonomy = themesAvailable && units.Count > 0 && shared < OutsideTaxonomyBelow,
        };
    }

    private static readonly Dictionary<string, int> TaxonomyPosition =
        ThemeTaxonomy.Ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);

    private static int TaxonomyOrder(string id) => TaxonomyPosition.GetValueOrDefault(id, int.MaxValue);

    private static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
