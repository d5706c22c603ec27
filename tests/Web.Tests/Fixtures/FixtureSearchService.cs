using System.Net;
using System.Text;
using NorPreM.Search.Model;

namespace NorPreM.Web.Tests.Fixtures;

/// <summary>
/// A plain in-memory <see cref="ISearchService"/> over the test knowledge base (every query word must occur in the
/// unit; facets counted over the matches; snippets encoded with &lt;mark&gt;). It stands in for the Lucene index so
/// the web layer's own behaviour (binding, rendering, encoding, errors) is what these tests exercise.
/// </summary>
public sealed class FixtureSearchService(KnowledgeBase kb) : ISearchService
{
    private readonly IReadOnlyList<SearchHit> units = BuildUnits(kb);

    public List<SearchRequest> Requests { get; } = [];

    public SearchResponse Search(SearchRequest request)
    {
        Requests.Add(request);
        var words = request.Query.ToLowerInvariant()
            .Split([' ', '"'], StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        var matches = units
            .Where(u => request.Scope == SearchScope.All || u.Kind is UnitKind.Decision or UnitKind.Proposal)
            .Where(u => words.All(w => Text(u).Contains(w, StringComparison.Ordinal)))
            .ToList();
        var facets = new[] { "council", "year", "documentType", "caseType", "theme", "kind" }
            .Select(field => new FacetResult(field, matches
                .SelectMany(u => Values(u, field).Distinct())
                .GroupBy(v => v)
                .Select(g => new FacetValue(g.Key, Label(field, g.Key), g.Count(), request.Filters.TryGetValue(field, out var sel) && sel.Contains(g.Key)))
                .OrderByDescending(v => v.Count)
                .ToList()))
            .ToList();
        var filtered = matches
            .Where(u => request.Filters.All(f => f.Value.Any(v => Values(u, f.Key).Contains(v))))
            .ToList();
        if (request.Sort == SearchSort.Newest)
        {
            filtered = filtered.OrderByDescending(u => u.Date).ToList();
        }

        var page = filtered
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(u => u with { Snippet = Snippet(u.Snippet, words) })
            .ToList();
        string? didYouMean = null;
        if (filtered.Count == 0 && words.Count > 0)
        {
            var vocabulary = units.SelectMany(u => Text(u).Split(' ', '\n', ',', '.', '(', ')')).Where(w => w.Length > 3).Distinct().ToList();
            var fixedWords = words.Select(w => vocabulary.Where(v => Distance(v, w) <= 2).OrderBy(v => Distance(v, w)).FirstOrDefault() ?? w).ToList();
            didYouMean = fixedWords.SequenceEqual(words) ? null : string.Join(' ', fixedWords);
        }

        return new SearchResponse
        {
            Query = request.Query,
            TotalHits = filtered.Count,
            Hits = page,
            Facets = facets,
            DidYouMean = didYouMean,
            ElapsedMilliseconds = 0.4,
        };
    }

    private static string Text(SearchHit u) => (u.Title + "\n" + u.Snippet).ToLowerInvariant();

    private static IEnumerable<string> Values(SearchHit u, string field) => field switch
    {
        "council" => u.Council is null ? [] : [u.Council],
        "year" => u.Date is null ? [] : [u.Date.Value.Year.ToString()],
        "documentType" => u.DocumentType is null ? [] : [u.DocumentType],
        "caseType" => u.CaseTypes,
        "theme" => u.Themes,
        "kind" => [u.Kind.ToString().ToLowerInvariant()],
        _ => [],
    };

    private static string Label(string field, string value) => field switch
    {
        "council" => Councils.DisplayName(value),
        "documentType" => DocumentTypes.DisplayName(value),
        _ => value,
    };

    /// <summary>Encodes the text and wraps each query word in &lt;mark&gt; (case-insensitive).</summary>
    private static string Snippet(string text, IReadOnlyList<string> words)
    {
        var sb = new StringBuilder();
        var lower = text.ToLowerInvariant();
        var i = 0;
        while (i < text.Length)
        {
            var word = words.FirstOrDefault(w => lower.AsSpan(i).StartsWith(w));
            if (word is not null)
            {
                sb.Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(i, word.Length))).Append("</mark>");
                i += word.Length;
            }
            else
            {
                sb.Append(WebUtility.HtmlEncode(text[i].ToString()));
                i++;
            }
        }

        return sb.ToString();
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }

    private static IReadOnlyList<SearchHit> BuildUnits(KnowledgeBase kb)
    {
        var list = new List<SearchHit>();
        foreach (var doc in kb.Documents)
        {
            foreach (var page in doc.Pages)
            {
                var part = doc.Parts.FirstOrDefault(p => p.FirstPage <= page.Number && page.Number <= p.LastPage);
                var @case = kb.Cases.FirstOrDefault(c => c.Number == part?.CaseNumber);
                list.Add(new SearchHit
                {
                    Id = $"{doc.Id}:p{page.Number}",
                    Kind = UnitKind.Page,
                    Document = doc.FileName,
                    DocumentId = doc.Id,
                    Title = part?.Title ?? doc.Title,
                    Page = page.Number,
                    Pages = [page.Number],
                    CaseNumber = part?.CaseNumber,
                    Council = doc.Council,
                    Meeting = @case?.Meeting,
                    Date = @case?.MeetingDate ?? doc.Date,
                    DocumentType = part?.DocumentType ?? doc.DocumentType,
                    CaseTypes = @case?.CaseTypes ?? [],
                    Themes = @case?.Themes.Select(t => t.Id).ToList() ?? [],
                    Snippet = page.Text,
                    Score = 1,
                });
            }
        }

        foreach (var c in kb.Cases)
        {
            var docId = c.DocumentId ?? c.MinutesDocumentId ?? "";
            var doc = kb.Documents.First(d => d.Id == docId);
            var pages = c.Pages.Count > 0 ? c.Pages : c.MinutesPages;
            foreach (var (kind, text) in new[] { (UnitKind.Proposal, c.ProposedDecision), (UnitKind.Decision, c.Decision) })
            {
                if (text is null)
                {
                    continue;
                }

                list.Add(new SearchHit
                {
                    Id = $"{kind}:{c.Number}",
                    Kind = kind,
                    Document = doc.FileName,
                    DocumentId = doc.Id,
                    Title = c.Title,
                    Page = pages[0],
                    Pages = pages,
                    CaseNumber = c.Number,
                    Council = c.Council,
                    Meeting = c.Meeting,
                    Date = c.MeetingDate,
                    DocumentType = kind == UnitKind.Decision ? DocumentTypes.Minutes : DocumentTypes.CasePaper,
                    CaseTypes = c.CaseTypes,
                    Themes = c.Themes.Select(t => t.Id).ToList(),
                    Snippet = text,
                    Score = 1,
                });
            }
        }

        return list;
    }
}
