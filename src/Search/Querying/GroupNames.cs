using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using NorPreM.Search.Indexing;

namespace NorPreM.Search.Querying;

/// <summary>
/// The result-group key (<see cref="IndexSchema.Group"/>: case or document) of every ordinal of a segment, read once per
/// segment by walking its doc-values terms in order, and a number per distinct key across a reader's segments. Queries
/// that match most of the archive used to decode a key from compressed doc values for each distinct group they met —
/// on a 20 000-unit archive that was the largest single cost of collecting and of counting facets (BENCHMARKS.md). A
/// segment never changes, so its table lives as long as the segment's reader (<see cref="ConditionalWeakTable{TKey,TValue}"/>);
/// a new commit adds tables only for its new segments.
/// </summary>
internal static class GroupNames
{
    private static readonly ConditionalWeakTable<AtomicReader, string[]> BySegment = new();
    private static readonly ConditionalWeakTable<IndexReader, Members> ByReader = new();
    private static readonly ConditionalWeakTable<AtomicReader, int[]> OrdsBySegment = new();

    /// <summary>Group keys of a segment by ordinal; empty when the segment has no group values.</summary>
    public static string[] Of(AtomicReader segment) => BySegment.GetValue(segment, Read);

    /// <summary>
    /// The group ordinal of every document of a segment (-1 without a group), read once per segment: each matching unit
    /// of every query looks its group up, and an array read is cheaper than decoding the packed doc values each time.
    /// </summary>
    public static int[] OrdsOf(AtomicReader segment) => OrdsBySegment.GetValue(segment, ReadOrds);

    private static int[] ReadOrds(AtomicReader segment)
    {
        var ords = new int[segment.MaxDoc];
        if (segment.GetSortedDocValues(IndexSchema.Group) is not { } values)
        {
            Array.Fill(ords, -1);
            return ords;
        }

        for (var doc = 0; doc < ords.Length; doc++)
        {
            ords[doc] = values.GetOrd(doc);
        }

        return ords;
    }

    /// <summary>For each segment of <paramref name="reader"/>, the member number of each group ordinal (same key, same number).</summary>
    public static Members MembersOf(IndexReader reader) => ByReader.GetValue(reader, BuildMembers);

    /// <summary>Member numbers per segment and ordinal, and the group key of each member number.</summary>
    internal sealed record Members(int[][] ByLeafAndOrd, string[] Names)
    {
        /// <summary>How many distinct keys there are.</summary>
        public int Count => Names.Length;

        /// <summary>The group key of a member number; "" for -1 (no group).</summary>
        public string NameOf(int member) => member < 0 ? "" : Names[member];
    }

    private static string[] Read(AtomicReader segment)
    {
        if (segment.GetSortedDocValues(IndexSchema.Group) is not { } values)
        {
            return [];
        }

        var names = new string[values.ValueCount];
        var terms = values.GetTermsEnum();
        var ord = 0;
        while (terms.MoveNext() && ord < names.Length)
        {
            names[ord++] = terms.Term.Utf8ToString();
        }

        return names;
    }

    private static Members BuildMembers(IndexReader reader)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var leaves = reader.Leaves;
        var byLeaf = new int[leaves.Count][];
        for (var l = 0; l < leaves.Count; l++)
        {
            var names = Of(leaves[l].AtomicReader);
            var members = new int[names.Length];
            for (var ord = 0; ord < names.Length; ord++)
            {
                if (!numbers.TryGetValue(names[ord], out var member))
                {
                    member = numbers.Count;
                    numbers[names[ord]] = member;
                }

                members[ord] = member;
            }

            byLeaf[l] = members;
        }

        var keys = new string[numbers.Count];
        foreach (var (name, member) in numbers)
        {
            keys[member] = name;
        }

        return new Members(byLeaf, keys);
    }
}
