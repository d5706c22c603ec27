using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NorPreM.Search.Querying;

namespace NorPreM.Search.Tests;

/// <summary>Query terms looked up once per query (<see cref="TermStates"/>): the same units, the same scores.</summary>
public sealed class TermStatesTests : IDisposable
{
    private static readonly string[] Texts =
    [
        "helsepersonellkommisjonen la fram sin rapport og rådet drøftet oppfølgingen",
        "strategi for persontilpasset medisin ble vedtatt i rådsmøtet",
        "rådet ba om en sak om helsedata og kliniske studier",
        "helsedata og persontilpasset medisin i spesialisthelsetjenesten",
        "referat fra fagdirektørmøtet om kliniske studier",
    ];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public TermStatesTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            foreach (var (text, i) in Texts.Select((t, i) => (t, i)))
            {
                writer.AddDocument(new Document { new TextField("text", text, Field.Store.NO), new TextField("other", i % 2 == 0 ? text : "", Field.Store.NO) });
                if (i == 2)
                {
                    writer.Commit(); // two segments, so each term is looked up in both
                }
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static DisjunctionMaxQuery Word(string word) => new(0.1f)
    {
        new TermQuery(new Term("text", word)) { Boost = 2f },
        new TermQuery(new Term("other", word)),
        new TermQuery(new Term("text", word + "ene")),
    };

    private static BooleanQuery Words(int minimum, params string[] words)
    {
        var query = new BooleanQuery { MinimumNumberShouldMatch = minimum };
        foreach (var word in words)
        {
            query.Add(Word(word), Occur.SHOULD);
        }

        return query;
    }

    private (int Doc, float Score)[] Search(Query query) =>
        [.. _searcher.Search(query, 10).ScoreDocs.Select(d => (d.Doc, d.Score))];

    [Theory]
    [InlineData(0, "helsedata", "medisin")]
    [InlineData(1, "kliniske", "studier", "rådet")]
    [InlineData(2, "persontilpasset", "medisin", "finnesikke")]
    [InlineData(0, "finnesikke")]
    public void ABoundQueryFindsTheSameUnitsWithTheSameScores(int minimum, params string[] words)
    {
        var expected = Search(Words(minimum, words));
        var bound = TermStates.Bind(Words(minimum, words), _reader);

        Assert.Equal(expected, Search(bound));
        // Bound once, the query serves a second search (the relaxed pass) the same way.
        Assert.Equal(expected, Search(bound));
    }

    [Fact]
    public void ATermTheIndexLacksLeavesAWordsAlternativesButNotTheClausesAMinimumCountsOver()
    {
        var query = (BooleanQuery)TermStates.Bind(Words(2, "helsedata", "finnesikke"), _reader);

        // «helsedataene» is no word of the index: gone from the word's alternatives, the others stay.
        var helsedata = (DisjunctionMaxQuery)query.Clauses[0].Query;
        Assert.Equal(["text:helsedata", "other:helsedata"], helsedata.Disjuncts.Select(d => ((TermQuery)d).Term.ToString()));
        // The unknown word's clause stays, so a unit must still hold both words: none does.
        Assert.Equal(2, query.Clauses.Count);
        Assert.Empty(Search(query));
    }

    [Fact]
    public void ARequiredTermTheIndexLacksStillMatchesNothing()
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term("text", "helsedata")), Occur.SHOULD },
            { new BooleanQuery { { new TermQuery(new Term("text", "finnesikke")), Occur.MUST }, { new TermQuery(new Term("text", "rådet")), Occur.SHOULD } }, Occur.MUST },
        };
        var expected = Search(query);

        Assert.Empty(expected);
        Assert.Equal(expected, Search(TermStates.Bind(query, _reader)));
    }
}
