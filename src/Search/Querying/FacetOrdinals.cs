using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace NorPreM.Search.Querying;

/// <summary>
/// The values of a multi-valued doc-values field (the facet fields, the unit kind) as plain arrays: for each segment,
/// every document's ordinals in one array with a start offset per document, and each ordinal's value; for each reader,
/// one number per distinct value across its segments. Counting facets and weighting kinds read a document's ordinals
/// for every matching unit; through Lucene's <c>SortedSetDocValues</c> each read decodes packed integers from the
/// index files (a third of facet time on the 10 000-page archive, BENCHMARKS.md). A segment never changes, so its
/// arrays are built once, on first use, and live as long as the segment's core (the same idea as Lucene's field cache);
/// a reader's numbering lives as long as the reader, so one index generation.
/// </summary>
internal static class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Segment?>> BySegment = new();
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, Values>> ByReader = new();

    /// <summary>One segment's ordinals of a field: document d holds <c>Ords[Start[d] .. Start[d + 1]]</c>, ascending; <c>Names[ord]</c> is the value.</summary>
    internal sealed record Segment(int[] Start, int[] Ords, string[] Names);

    /// <summary>A reader's values of a field: <c>Names[id]</c>, and per segment its ordinals (or null) and each ordinal's id.</summary>
    internal sealed record Values(string[] Names, Segment?[] Leaves, int[][] IdByLeafAndOrd);

    /// <summary>The field's ordinals in <paramref name="segment"/>, or null when it has none.</summary>
    public static Segment? Of(AtomicReader segment, string field) =>
        BySegment.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, Segment?>(StringComparer.Ordinal))
            .GetOrAdd(field, f => Read(segment, f));

    /// <summary>The field's values across the segments of <paramref name="reader"/>.</summary>
    public static Values Of(IndexReader reader, string field) =>
        ByReader.GetValue(reader, _ => new ConcurrentDictionary<string, Values>(StringComparer.Ordinal))
            .GetOrAdd(field, f => Number(reader, f));

    private static Segment? Read(AtomicReader segment, string field)
    {
        if (segment.GetSortedSetDocValues(field) is not { } values)
        {
            return null;
        }

        var names = new string[values.ValueCount];
        var terms = values.GetTermsEnum();
        var next = 0;
        while (next < names.Length && terms.MoveNext())
        {
            names[next++] = terms.Term.Utf8ToString();
        }

        var start = new int[segment.MaxDoc + 1];
        var ords = new List<int>(segment.MaxDoc);
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            start[doc] = ords.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ords.Add((int)ord);
            }
        }

        start[segment.MaxDoc] = ords.Count;
        return new Segment(start, [.. ords], names);
    }

    private static Values Number(IndexReader reader, string field)
    {
        var leaves = reader.Leaves;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var segments = new Segment?[leaves.Count];
        var byOrd = new int[leaves.Count][];
        for (var l = 0; l < leaves.Count; l++)
        {
            segments[l] = Of(leaves[l].AtomicReader, field);
            var segmentNames = segments[l]?.Names ?? [];
            byOrd[l] = new int[segmentNames.Length];
            for (var ord = 0; ord < segmentNames.Length; ord++)
            {
                if (!ids.TryGetValue(segmentNames[ord], out var id))
                {
                    id = names.Count;
                    ids[segmentNames[ord]] = id;
                    names.Add(segmentNames[ord]);
                }

                byOrd[l][ord] = id;
            }
        }

        return new Values([.. names], segments, byOrd);
    }
}
