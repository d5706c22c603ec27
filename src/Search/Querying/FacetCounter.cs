using System.Buffers;
using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NorPreM.Search.Indexing;
using NorPreM.Core.Model;

namespace NorPreM.Search.Querying;

/// <summary>
/// Facet counts from SortedSetDocValues (Lucene.Net.Facet is not available). With distinct groups (<see cref="FacetDocs"/>, the default
/// when results are folded by case or document) a value counts the result groups it occurs in, so the numbers next to
/// the filters match the number of hits the list shows; otherwise every matching unit counts once per value.
/// Labels are Norwegian display names.
/// </summary>
public static class FacetCounter
{
    /// <summary>The selection of a field without a filter (only read).</summary>
    private static readonly HashSet<string> NoneSelected = [];

    /// <summary>
    /// Counts every facet field over the hits; a field with a selected value counts over the query without that field's
    /// filter instead (drill sideways), so a selected facet shows what its other values would give.
    /// </summary>
    internal static List<FacetResult> CountAll(IndexSearcher searcher, Query? content, IReadOnlyDictionary<string, HashSet<string>> filters, List<CollectedHit> hits,
        bool distinctGroups)
    {
        var results = new List<FacetResult>();
        // Prepared on first need (no Lazy: one search runs on one thread).
        FacetDocs? prepared = null;
        foreach (var field in IndexSchema.FacetFields)
        {
            var selected = filters.TryGetValue(field, out var s) ? s : NoneSelected;
            FacetDocs source;
            if (selected.Count > 0 && content is not null)
            {
                // Drill sideways: a selected facet shows what the other values would give.
                var collector = new DocIdCollector();
                searcher.Search(FilterBuilder.Apply(content, filters, field), collector);
                source = FacetDocs.Prepare(searcher.IndexReader, CollectionsMarshal.AsSpan(collector.Docs), distinctGroups);
            }
            else
            {
                source = prepared ??= FacetDocs.Prepare(searcher.IndexReader, hits, distinctGroups);
            }

            var facet = Count(searcher.IndexReader, field, source, selected);
            if (facet.Values.Count > 0)
            {
                results.Add(facet);
            }
        }

        return results;
    }

    /// <summary>
    /// Counts <paramref name="field"/> over prepared documents (<see cref="FacetDocs"/>, ordered by member), so one
    /// preparation serves every facet field of a result set. Each segment ordinal is resolved to its value once, and
    /// because a member's units are adjacent, a value counts a member when it differs from the last member the value
    /// counted: no sets, whatever the size of the result.
    /// </summary>
    internal static FacetResult Count(IndexReader reader, string field, FacetDocs docs, IReadOnlySet<string> selected)
    {
        // The field's ordinals as arrays, numbered across segments once per reader (FacetOrdinals): per matching unit
        // the work is a few array reads.
        var values = FacetOrdinals.Of(reader, field);
        var valueCounts = new int[values.Names.Length];
        var lastMember = new int[values.Names.Length];
        Array.Fill(lastMember, -1);
        var firstSeen = new List<int>();
        for (var k = 0; k < docs.Count; k++)
        {
            var leaf = docs.Leaf[k];
            if (values.Leaves[leaf] is not { } segment)
            {
                continue;
            }

            var ids = values.IdByLeafAndOrd[leaf];
            var member = docs.Member[k];
            var local = docs.LocalDoc[k];
            for (var i = segment.Start[local]; i < segment.Start[local + 1]; i++)
            {
                var id = ids[segment.Ords[i]];
                if (lastMember[id] != member)
                {
                    if (lastMember[id] < 0)
                    {
                        firstSeen.Add(id);
                    }

                    lastMember[id] = member;
                    valueCounts[id]++;
                }
            }
        }

        // In the order values were first met, as before, so ties in the display order fall the same way.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in firstSeen)
        {
            counts[values.Names[id]] = valueCounts[id];
        }

        foreach (var s in selected.Where(s => !counts.ContainsKey(s)))
        {
            counts[s] = 0;
        }

        var ordered = field == IndexSchema.Year || field == IndexSchema.Meeting
            ? counts.OrderByDescending(kv => SortKey(kv.Key)).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => Label(field, kv.Key), StringComparer.CurrentCulture);
        return new FacetResult(SearchFilters.NameOf(FilterBuilder.FilterOf(field)), ordered.Select(kv => new FacetValue(kv.Key, Label(field, kv.Key), kv.Value, selected.Contains(kv.Key))).ToList());
    }

    private static long SortKey(string value)
    {
        // "2022" → 2022·1000; meeting "3/2022" → 2022·1000 + 3, "12.05.2023" by its date; newest first.
        var (y, n) = MeetingKeys.Order(value);
        return y > 0 ? y * 1000L + n : int.TryParse(value, out var year) ? year * 1000L : 0;
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

/// <summary>
/// Matching units prepared for facet counting: segment and segment-local doc id, and the member the unit counts for
/// (its result group, case or document, when groups are counted, else the unit itself), ordered by member so that a
/// member's units are adjacent. Groups are matched by value across segments.
/// </summary>
internal sealed class FacetDocs
{
    private FacetDocs(int[] leaf, int[] localDoc, int[] member)
    {
        Leaf = leaf;
        LocalDoc = localDoc;
        Member = member;
    }

    public int Count => Leaf.Length;
    public int[] Leaf { get; }
    public int[] LocalDoc { get; }
    public int[] Member { get; }

    /// <summary>The collected hits prepared as <see cref="Prepare(IndexReader, ReadOnlySpan{int}, bool)"/> does, without a list of their ids.</summary>
    public static FacetDocs Prepare(IndexReader reader, List<CollectedHit> hits, bool distinctGroups)
    {
        var docs = ArrayPool<int>.Shared.Rent(hits.Count);
        try
        {
            var span = CollectionsMarshal.AsSpan(hits);
            for (var i = 0; i < span.Length; i++)
            {
                docs[i] = span[i].Doc;
            }

            return Prepare(reader, docs.AsSpan(0, hits.Count), distinctGroups);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(docs);
        }
    }

    public static FacetDocs Prepare(IndexReader reader, ReadOnlySpan<int> globalDocs, bool distinctGroups)
    {
        var leaves = reader.Leaves;
        var groups = distinctGroups ? GroupNames.MembersOf(reader) : null;
        var groupOrds = new int[]?[leaves.Count];
        var loaded = new bool[leaves.Count];
        var n = globalDocs.Length;
        // Scratch arrays for the unordered units, from the shared pool: only the ordered copies are kept.
        var members = ArrayPool<int>.Shared.Rent(n);
        var leafOf = ArrayPool<int>.Shared.Rent(n);
        var localOf = ArrayPool<int>.Shared.Rent(n);
        try
        {
            return Ordered(members, leafOf, localOf, Fill(leaves, groups, groupOrds, loaded, globalDocs, members, leafOf, localOf), n);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(members);
            ArrayPool<int>.Shared.Return(leafOf);
            ArrayPool<int>.Shared.Return(localOf);
        }
    }

    /// <summary>Each unit's segment, segment-local id and member; returns the number of members.</summary>
    private static int Fill(IList<AtomicReaderContext> leaves, GroupNames.Members? groups, int[]?[] groupOrds, bool[] loaded, ReadOnlySpan<int> globalDocs,
        int[] members, int[] leafOf, int[] localOf)
    {
        var next = groups?.Count ?? 0;
        // Matches come segment by segment in document order, so the segment of the last document is kept and looked
        // up again only when a document falls outside it.
        var (leaf, start, end) = (-1, 0, 0);
        for (var k = 0; k < globalDocs.Length; k++)
        {
            var doc = globalDocs[k];
            if (doc < start || doc >= end)
            {
                leaf = ReaderUtil.SubIndex(doc, leaves);
                start = leaves[leaf].DocBase;
                end = start + leaves[leaf].AtomicReader.MaxDoc;
            }

            var local = doc - start;
            if (groups is not null && !loaded[leaf])
            {
                loaded[leaf] = true;
                groupOrds[leaf] = GroupNames.OrdsOf(leaves[leaf].AtomicReader);
            }

            var member = -1;
            if (groupOrds[leaf] is { } ords && ords[local] is var ord && ord >= 0 && ord < groups!.ByLeafAndOrd[leaf].Length)
            {
                member = groups.ByLeafAndOrd[leaf][ord];
            }

            // A unit without a group (or when units are counted) is its own member.
            members[k] = member < 0 ? next++ : member;
            leafOf[k] = leaf;
            localOf[k] = local;
        }

        return next;
    }

    /// <summary>
    /// The units ordered by member, so a member's units are adjacent (only that adjacency matters to the counts). Members
    /// are numbers below <paramref name="memberCount"/>; when the units are many beside that range they are placed by
    /// counting (two passes, no comparisons), else sorted.
    /// </summary>
    private static FacetDocs Ordered(int[] members, int[] leafOf, int[] localOf, int memberCount, int n)
    {
        var memberKeys = new int[n];
        var sortedLeaves = new int[n];
        var locals = new int[n];
        if ((long)n * 4 >= memberCount)
        {
            var starts = ArrayPool<int>.Shared.Rent(memberCount + 1);
            Array.Clear(starts, 0, memberCount + 1);
            for (var i = 0; i < n; i++)
            {
                starts[members[i] + 1]++;
            }

            for (var m = 0; m < memberCount; m++)
            {
                starts[m + 1] += starts[m];
            }

            for (var i = 0; i < n; i++)
            {
                var at = starts[members[i]]++;
                memberKeys[at] = members[i];
                sortedLeaves[at] = leafOf[i];
                locals[at] = localOf[i];
            }

            ArrayPool<int>.Shared.Return(starts);
            return new FacetDocs(sortedLeaves, locals, memberKeys);
        }

        Array.Copy(members, memberKeys, n);
        var order = new int[n];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(memberKeys, order);
        for (var i = 0; i < order.Length; i++)
        {
            sortedLeaves[i] = leafOf[order[i]];
            locals[i] = localOf[order[i]];
        }

        return new FacetDocs(sortedLeaves, locals, memberKeys);
    }
}
