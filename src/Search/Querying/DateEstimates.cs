using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NorPreM.Search.Indexing;
using NorPreM.Core.Model;

namespace NorPreM.Search.Querying;

/// <summary>
/// Dates for the units the sources leave undated, estimated from what the index holds (per reader, computed once):
/// a meeting known only from case papers (HO21 møte 3/2022) gets the date other units of the same council and
/// meeting carry, else the interval between the dated meetings numbered before and after it in the same council
/// and year, else its year. Newest-first order sorts such a unit by the middle of its interval, so it no longer
/// falls behind older dated hits of its year; a unit without even a year has no estimate and sorts last.
/// </summary>
internal sealed class DateEstimates
{
    private static readonly ConditionalWeakTable<IndexReader, DateEstimates> Cache = new();

    private readonly Dictionary<int, DateEstimate> _byDoc;
    private readonly Dictionary<(string Council, string Meeting), DateOnly> _dated;
    private readonly Dictionary<(string Council, int Year), List<(int Number, DateOnly Date)>> _byCouncilYear;

    private DateEstimates(Dictionary<int, DateEstimate> byDoc, Dictionary<(string Council, string Meeting), DateOnly> dated,
        Dictionary<(string Council, int Year), List<(int Number, DateOnly Date)>> byCouncilYear)
    {
        _byDoc = byDoc;
        _dated = dated;
        _byCouncilYear = byCouncilYear;
    }

    /// <summary>The estimates of the units of <paramref name="reader"/> (a searcher's top-level reader).</summary>
    public static DateEstimates For(IndexReader reader) => Cache.GetValue(reader, Build);

    /// <summary>The estimate for an undated unit, or null (dated, or nothing to go on).</summary>
    public DateEstimate? Of(int doc) => _byDoc.GetValueOrDefault(doc);

    /// <summary>
    /// The estimate for a meeting of a council (key "3/2022"), by the same rules as its units get, so a meeting page and
    /// the meeting's hits give one answer: the date its units carry, else the days between its dated neighbours of the
    /// same council and year, else its year. Null for a key without a year (a dated meeting is keyed by its date).
    /// </summary>
    public DateEstimate? OfMeeting(string council, string meeting)
    {
        var year = Numbered(meeting)?.Year ?? 0;
        return Estimate(_dated, _byCouncilYear, council, meeting, year);
    }

    /// <summary>yyyymmdd to order newest first: the unit's date, else the middle of its estimate, else 0 (last).</summary>
    public long SortKey(CollectedHit hit) =>
        IsRealDate(hit.Date) ? hit.Date : _byDoc.TryGetValue(hit.Doc, out var estimate) ? Key(estimate.Middle()) : 0;

    /// <summary>The index's date key (see UnitDocumentMapper) holds yyyymmdd for a dated unit and yyyy0000 for a year only.</summary>
    private static bool IsRealDate(long key) => key % 10000 != 0;

    private static long Key(DateOnly date) => date.Year * 10000L + date.Month * 100 + date.Day;

    private static DateOnly? FromKey(long key) =>
        IsRealDate(key) && DateOnly.TryParseExact(key.ToString(CultureInfo.InvariantCulture), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static DateEstimates Build(IndexReader reader)
    {
        var dated = new Dictionary<(string Council, string Meeting), DateOnly>();
        var undated = new List<(int Doc, string? Council, string? Meeting, int Year)>();
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var dates = atomic.GetNumericDocValues(IndexSchema.DateSort);
            var councils = atomic.GetSortedSetDocValues(IndexSchema.Council);
            var meetings = atomic.GetSortedSetDocValues(IndexSchema.Meeting);
            var live = atomic.LiveDocs;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                var key = dates?.Get(doc) ?? 0;
                var council = First(councils, doc, scratch);
                var meeting = First(meetings, doc, scratch);
                if (FromKey(key) is { } date)
                {
                    if (council is not null && meeting is not null)
                    {
                        // Units of one meeting carry its date; the earliest wins if sources disagree.
                        dated[(council, meeting)] = dated.TryGetValue((council, meeting), out var seen) && seen < date ? seen : date;
                    }
                }
                else
                {
                    undated.Add((leaf.DocBase + doc, council, meeting, (int)(key / 10000)));
                }
            }
        }

        // The numbered meetings of each council and year with their dates, so an estimate looks only at its neighbours;
        // and one estimate per distinct (council, meeting, year), however many units share it.
        var byCouncilYear = dated
            .Select(kv => (kv.Key.Council, Numbered: Numbered(kv.Key.Meeting), Date: kv.Value))
            .Where(x => x.Numbered is not null)
            .GroupBy(x => (x.Council, x.Numbered!.Value.Year))
            .ToDictionary(g => g.Key, g => g.Select(x => (x.Numbered!.Value.Number, x.Date)).ToList());
        var estimates = new Dictionary<int, DateEstimate>();
        var known = new Dictionary<(string?, string?, int), DateEstimate?>();
        foreach (var (doc, council, meeting, year) in undated)
        {
            if (!known.TryGetValue((council, meeting, year), out var estimate))
            {
                known[(council, meeting, year)] = estimate = Estimate(dated, byCouncilYear, council, meeting, year);
            }

            if (estimate is not null)
            {
                estimates[doc] = estimate;
            }
        }

        return new DateEstimates(estimates, dated, byCouncilYear);
    }

    private static DateEstimate? Estimate(Dictionary<(string Council, string Meeting), DateOnly> dated,
        Dictionary<(string Council, int Year), List<(int Number, DateOnly Date)>> byCouncilYear, string? council, string? meeting, int year)
    {
        if (council is not null && meeting is not null)
        {
            if (dated.TryGetValue((council, meeting), out var same))
            {
                return new DateEstimate(same, same);
            }

            if (Numbered(meeting) is { } numbered)
            {
                var earliest = new DateOnly(numbered.Year, 1, 1);
                var latest = new DateOnly(numbered.Year, 12, 31);
                foreach (var (number, date) in byCouncilYear.GetValueOrDefault((council, numbered.Year)) ?? [])
                {
                    if (number < numbered.Number && date.AddDays(1) > earliest)
                    {
                        earliest = date.AddDays(1);
                    }
                    else if (number > numbered.Number && date.AddDays(-1) < latest)
                    {
                        latest = date.AddDays(-1);
                    }
                }

                // Neighbours dated out of order say nothing reliable: fall back to the year.
                return earliest <= latest ? new DateEstimate(earliest, latest) : new DateEstimate(new DateOnly(numbered.Year, 1, 1), new DateOnly(numbered.Year, 12, 31));
            }
        }

        return year is >= 1900 and <= 2200 ? new DateEstimate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)) : null;
    }

    /// <summary>"3/2022" → (3, 2022); a meeting known by its date ("12.05.2023") has no number.</summary>
    private static (int Number, int Year)? Numbered(string meeting)
    {
        var slash = meeting.IndexOf('/');
        return slash > 0
            && int.TryParse(meeting.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && int.TryParse(meeting.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2200
            ? (number, year)
            : null;
    }

    private static string? First(SortedSetDocValues? values, int doc, BytesRef scratch)
    {
        if (values is null)
        {
            return null;
        }

        values.SetDocument(doc);
        var ord = values.NextOrd();
        if (ord == SortedSetDocValues.NO_MORE_ORDS)
        {
            return null;
        }

        values.LookupOrd(ord, scratch);
        return scratch.Utf8ToString();
    }
}
