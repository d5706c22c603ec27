using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NorPreM.Search.Analysis;
using NorPreM.Search.Indexing;
using NorPreM.Core.Lexicon;
using NorPreM.Core.Model;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NorPreM.Search.Querying;

/// <summary>
/// Reads a hit back from the stored fields of its Lucene document: identity, pages, council, meeting, date, types and
/// themes, and the snippet around the highlighted terms (<see cref="SnippetBuilder"/>, OCR repairs shown). What a
/// unit's stored fields say does not depend on the query, so it is read once per reader (index generation) and unit and
/// kept (<see cref="Stored"/>): reading a document decompresses its stored block and builds a field object per value
/// (a third of a search's CPU under load, and most of its garbage), and the units shown for one query are mostly the
/// ones shown for the next. Only the snippet, the score and the folded count are made per query.
/// </summary>
internal sealed class HitReader(SnippetBuilder snippets)
{
    /// <summary>A unit's stored fields as a hit without its query-dependent parts, its text and its OCR repairs.</summary>
    private sealed record StoredUnit(SearchHit Hit, string Text, IReadOnlyList<TextRepair> Repairs)
    {
        /// <summary>The text cut into words for snippets, made the first time a snippet of this unit is asked for.</summary>
        public SnippetBuilder.TextWords? Words { get; set; }
    }

    /// <summary>
    /// Stored units per reader: at most <see cref="StoredUnits"/> (a page's text is a few kilobytes, so some tens of
    /// megabytes at most); the table starts over when full.
    /// </summary>
    private const int StoredUnits = 4096;

    private readonly ReaderMemo<int, StoredUnit> _stored = new(StoredUnits);

    /// <summary>The folded highlight terms of each query's highlight table, folded once for all its hits.</summary>
    private readonly ConditionalWeakTable<IReadOnlyDictionary<string, HashSet<string>>, HashSet<string>> _folded = new();

    /// <summary>The hit for unit <paramref name="doc"/> (a global doc id of <paramref name="searcher"/>'s reader).</summary>
    public SearchHit Read(IndexSearcher searcher, int doc, float score, int folded, IReadOnlyDictionary<string, HashSet<string>> highlight)
    {
        var stored = _stored.Get(searcher.IndexReader, doc, d => Stored(searcher.Doc(d)));
        // Two threads may cut the same text at once; both get the same words, and either result may stay.
        var words = stored.Words ??= stored.Text.Length == 0 ? null : snippets.Cut(stored.Text);
        var terms = _folded.GetValue(highlight, SnippetBuilder.FoldedQueryTerms);
        return stored.Hit with
        {
            Snippet = snippets.Build(stored.Text, words, stored.Repairs, terms),
            Score = Math.Round(score, 4),
            CollapsedHits = folded,
        };
    }

    private static StoredUnit Stored(LuceneDocument doc)
    {
        var text = doc.Get(IndexSchema.Text) ?? "";
        var repairs = doc.Get(IndexSchema.Repairs) is { } json ? JsonSerializer.Deserialize<List<TextRepair>>(json) ?? [] : [];
        var pages = (doc.Get(IndexSchema.Pages) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        var hit = new SearchHit
        {
            Id = doc.Get(IndexSchema.Id) ?? "",
            Kind = Enum.TryParse<UnitKind>(doc.Get(IndexSchema.Kind), out var kind) ? kind : UnitKind.Page,
            Document = doc.Get(IndexSchema.FileName) ?? "",
            DocumentId = doc.Get(IndexSchema.DocumentId) ?? "",
            Title = doc.Get(IndexSchema.Title) ?? "",
            Page = pages.Count > 0 ? pages[0] : 1,
            Pages = pages,
            CaseNumber = doc.Get(IndexSchema.CaseNumber),
            Council = doc.Get(IndexSchema.Council),
            Meeting = doc.Get(IndexSchema.Meeting),
            Date = DateOnly.TryParseExact(doc.Get(IndexSchema.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            DocumentType = doc.Get(IndexSchema.DocumentType),
            CaseTypes = doc.GetValues(IndexSchema.CaseType),
            Themes = doc.GetValues(IndexSchema.Theme),
            Snippet = "",
            Score = 0,
        };
        return new StoredUnit(hit, text, repairs);
    }

    /// <summary>The fold group of a stored unit, as <see cref="IndexSchema.GroupKey"/> wrote it.</summary>
    public static string GroupOf(LuceneDocument doc) => IndexSchema.GroupKey(doc.Get(IndexSchema.CaseNumber), doc.Get(IndexSchema.DocumentId));
}
