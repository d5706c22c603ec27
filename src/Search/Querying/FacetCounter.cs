using Lucene.Net.Index;
using Lucene.Net.Util;
using NorPreM.Search.Indexing;
using NorPreM.Search.Model;

namespace NorPreM.Search.Querying;

/// <summary>
/// Facet counts from SortedSetDocValues (Lucene.Net.Facet is not available): for each matching unit, every value
/// of the field is counted once. Labels are Norwegian display names.
/// </summary>
public static class FacetCounter
{
    public static FacetResult Count(IndexReader reader, string field, IEnumerable<int> globalDocs, IReadOnlySet<string> selected)
    {
        // Count ordinals per segment, then resolve each ordinal to its value once.
        var leaves = reader.Leaves;
        var perLeaf = new SortedSetDocValues?[leaves.Count];
        var ordCounts = new Dictionary<long, int>?[leaves.Count];
        var loaded = new bool[leaves.Count];
        foreach (var doc in globalDocs)
        {
            var leafIndex = ReaderUtil.SubIndex(doc, leaves);
            if (!loaded[leafIndex])
            {
                perLeaf[leafIndex] = leaves[leafIndex].AtomicReader.GetSortedSetDocValues(field);
                ordCounts[leafIndex] = [];
                loaded[leafIndex] = true;
            }

            var values = perLeaf[leafIndex];
            if (values is null)
            {
                continue;
            }

            var leafCounts = ordCounts[leafIndex]!;
            values.SetDocument(doc - leaves[leafIndex].DocBase);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                leafCounts[ord] = leafCounts.GetValueOrDefault(ord) + 1;
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var scratch = new BytesRef();
        for (var i = 0; i < leaves.Count; i++)
        {
            if (perLeaf[i] is not { } values || ordCounts[i] is not { } leafCounts)
            {
                continue;
            }

            foreach (var (ord, count) in leafCounts)
            {
                values.LookupOrd(ord, scratch);
                var value = scratch.Utf8ToString();
                counts[value] = counts.GetValueOrDefault(value) + count;
            }
        }

        foreach (var s in selected.Where(s => !counts.ContainsKey(s)))
        {
            counts[s] = 0;
        }

        var ordered = field == IndexSchema.Year || field == IndexSchema.Meeting
            ? counts.OrderByDescending(kv => SortKey(kv.Key)).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => Label(field, kv.Key), StringComparer.CurrentCulture);
        return new FacetResult(field, ordered.Select(kv => new FacetValue(kv.Key, Label(field, kv.Key), kv.Value, selected.Contains(kv.Key))).ToList());
    }

    private static long SortKey(string value)
    {
        // "2022" → 2022·1000; meeting "3/2022" → 2022·1000 + 3, newest first.
        var parts = value.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], out var n) && int.TryParse(parts[1], out var y) ? y * 1000L + n
            : int.TryParse(value, out var year) ? year * 1000L : 0;
    }

    /// <summary>Norwegian label of a facet value.</summary>
    public static string Label(string field, string value) => field switch
    {
        IndexSchema.Council => Councils.DisplayName(value),
        IndexSchema.DocumentType => DocumentTypes.DisplayName(value),
        IndexSchema.Meeting => "Møte " + value,
        IndexSchema.Kind => KindLabel(value),
        _ => value,
    };

    private static string KindLabel(string kind) => kind switch
    {
        nameof(UnitKind.Page) => "Side",
        nameof(UnitKind.Case) => "Sak",
        nameof(UnitKind.Decision) => "Vedtak",
        nameof(UnitKind.Proposal) => "Forslag til vedtak",
        nameof(UnitKind.Meeting) => "Møte",
        nameof(UnitKind.Section) => "Avsnitt",
        _ => kind,
    };
}
