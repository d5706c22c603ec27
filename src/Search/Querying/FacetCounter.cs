using Lucene.Net.Index;
using Lucene.Net.Util;
using NorPreM.Search.Indexing;
using NorPreM.Search.Model;

namespace NorPreM.Search.Querying;

/// <summary>
/// Facet counts from SortedSetDocValues (Lucene.Net.Facet is not available). With <c>distinctGroups</c> (the default
/// when results are folded by case or document) a value counts the result groups it occurs in, so the numbers next to
/// the filters match the number of hits the list shows; otherwise every matching unit counts once per value.
/// Labels are Norwegian display names.
/// </summary>
public static class FacetCounter
{
    public static FacetResult Count(IndexReader reader, string field, IEnumerable<int> globalDocs, IReadOnlySet<string> selected,
        bool distinctGroups = false)
    {
        // Collect ordinals per segment (with the unit's group when groups are counted), then resolve each ordinal once.
        var leaves = reader.Leaves;
        var perLeaf = new SortedSetDocValues?[leaves.Count];
        var groupsPerLeaf = new SortedDocValues?[leaves.Count];
        var ordMembers = new Dictionary<long, HashSet<int>>?[leaves.Count];
        var loaded = new bool[leaves.Count];
        foreach (var doc in globalDocs)
        {
            var leafIndex = ReaderUtil.SubIndex(doc, leaves);
            if (!loaded[leafIndex])
            {
                perLeaf[leafIndex] = leaves[leafIndex].AtomicReader.GetSortedSetDocValues(field);
                groupsPerLeaf[leafIndex] = distinctGroups ? leaves[leafIndex].AtomicReader.GetSortedDocValues(IndexSchema.Group) : null;
                ordMembers[leafIndex] = [];
                loaded[leafIndex] = true;
            }

            var values = perLeaf[leafIndex];
            if (values is null)
            {
                continue;
            }

            var localDoc = doc - leaves[leafIndex].DocBase;
            // A unit without a group (or when units are counted) is its own member.
            var member = groupsPerLeaf[leafIndex] is { } groups && groups.GetOrd(localDoc) is var g && g >= 0 ? g : -1 - localDoc;
            var leafMembers = ordMembers[leafIndex]!;
            values.SetDocument(localDoc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                if (!leafMembers.TryGetValue(ord, out var set))
                {
                    leafMembers[ord] = set = [];
                }

                set.Add(member);
            }
        }

        // Units never repeat across segments, so their sets are simply counted; groups are merged across segments by
        // their value, each group ordinal resolved once per segment.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupsOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var scratch = new BytesRef();
        for (var i = 0; i < leaves.Count; i++)
        {
            if (perLeaf[i] is not { } values || ordMembers[i] is not { } leafMembers)
            {
                continue;
            }

            var groupNames = new Dictionary<int, string>();
            foreach (var (ord, set) in leafMembers)
            {
                values.LookupOrd(ord, scratch);
                var value = scratch.Utf8ToString();
                if (groupsPerLeaf[i] is not { } groups)
                {
                    counts[value] = counts.GetValueOrDefault(value) + set.Count;
                    continue;
                }

                if (!groupsOf.TryGetValue(value, out var all))
                {
                    groupsOf[value] = all = new HashSet<string>(StringComparer.Ordinal);
                }

                foreach (var member in set)
                {
                    if (member < 0)
                    {
                        // A unit without a group counts on its own.
                        all.Add($"u:{i}:{member}");
                    }
                    else
                    {
                        if (!groupNames.TryGetValue(member, out var name))
                        {
                            groups.LookupOrd(member, scratch);
                            groupNames[member] = name = "g:" + scratch.Utf8ToString();
                        }

                        all.Add(name);
                    }
                }
            }
        }

        foreach (var (value, all) in groupsOf)
        {
            counts[value] = counts.GetValueOrDefault(value) + all.Count;
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
