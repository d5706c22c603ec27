using NorPreM.Ingest.Pipeline;
using NorPreM.Ingest.Topics;
using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Topics;

/// <summary>topics.json follows the index: recomputed when the index changed, reused when not, and never fatal.</summary>
public sealed class TopicIndexingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("norprem-topics-").FullName;
    private readonly List<string> _log = [];

    private static readonly KnowledgeBase Knowledge = new()
    {
        Documents = [new DocumentRecord { Id = "doc", FileName = "doc.pdf", Title = "Saksdokumenter", PageCount = 12 }],
    };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class CountingFinder(Func<IReadOnlyList<IndexUnit>, TopicSet> find) : ITopicFinder
    {
        public int Calls { get; private set; }

        public TopicSet Find(IReadOnlyList<IndexUnit> units, IReadOnlyCollection<string> personNames)
        {
            Calls++;
            return find(units);
        }
    }

    private static TopicSet OneTopic(IReadOnlyList<IndexUnit> units) => new()
    {
        UnitCount = units.Count,
        Topics = [new TopicRecord { Number = 1, Words = [new TopicWord("helsedata", 0.1)] }],
    };

    private TopicSet Update(IReadOnlyList<IndexUnit>? indexed, ITopicFinder finder, KnowledgeBase? knowledge = null) =>
        TopicIndexing.Update(new FolderKnowledgeStorage(_folder), knowledge ?? Knowledge, indexed, () => LdaTopicFinderTests.Pages(), finder, _log.Add);

    [Fact]
    public void TopicsOfTheIndexedUnitsAreSavedBesideTheIndexAndReadBack()
    {
        var topics = Update(LdaTopicFinderTests.Pages(), new LdaTopicFinder(new TopicOptions { Topics = 3 }));

        var stored = TopicStore.Load(_folder);
        Assert.NotNull(stored);
        Assert.Equal(["doc"], stored.DocumentIds);
        Assert.Equal(3, stored.Topics.Count);
        Assert.Equal(topics.Topics.SelectMany(t => t.Words), stored.Topics.SelectMany(t => t.Words));
        Assert.Contains(stored.Topics, t => t.Words.Any(w => w.Word == "helsedata"));
    }

    [Fact]
    public void StoredTopicsAreReusedWhenTheIndexWasLeftAsItWas()
    {
        var finder = new CountingFinder(OneTopic);
        Update(LdaTopicFinderTests.Pages(), finder);

        var again = Update(null, finder);

        Assert.Equal(1, finder.Calls);
        Assert.Equal("helsedata", again.Topics[0].Words[0].Word);
    }

    [Fact]
    public void TopicsAreRecomputedWhenTheIndexChangedOrTheyCameFromOtherDocuments()
    {
        var finder = new CountingFinder(OneTopic);
        Update(LdaTopicFinderTests.Pages(), finder);

        Update(LdaTopicFinderTests.Pages(), finder);
        Update(null, finder, Knowledge with { Documents = [.. Knowledge.Documents, Knowledge.Documents[0] with { Id = "ny" }] });

        Assert.Equal(3, finder.Calls);
        Assert.Equal(["doc", "ny"], TopicStore.Load(_folder)!.DocumentIds);
    }

    [Fact]
    public void DamagedTopicsFileIsRecomputedWithAWarning()
    {
        File.WriteAllText(Path.Combine(_folder, TopicStore.FileName), "{ \"formatVersion\": 1, \"topics\": [");
        var finder = new CountingFinder(OneTopic);

        var topics = Update(null, finder);

        Assert.Equal(1, finder.Calls);
        Assert.Equal(12, topics.UnitCount);
        Assert.Contains(_log, m => m.Contains("Emnefilen"));
        Assert.NotNull(TopicStore.Load(_folder));
    }

    [Fact]
    public void FailingTopicStageIsLoggedAndLeavesANoteInsteadOfFailingIngestion()
    {
        var topics = Update(LdaTopicFinderTests.Pages(), new CountingFinder(_ => throw new InvalidOperationException("LdaNative mangler")));

        Assert.Empty(topics.Topics);
        Assert.Equal("Emnene kunne ikke beregnes ved siste indeksering.", topics.Note);
        Assert.Contains(_log, m => m.Contains("LdaNative mangler"));
        Assert.Equal(topics.Note, TopicStore.Load(_folder)?.Note);
    }

    private static KnowledgeBase Archive(int documents) => new()
    {
        Documents = Enumerable.Range(0, documents).Select(i => new DocumentRecord { Id = $"d{i:000}", FileName = $"d{i:000}.pdf", Title = "Referat", PageCount = 10 }).ToList(),
    };

    private static TopicSet LargeTopics(IReadOnlyList<IndexUnit> units) => OneTopic(units) with { UnitCount = TopicIndexing.ReuseFromUnits };

    [Fact]
    public void TopicsOfALargeArchiveAreKeptWhenAFewDocumentsAreAddedAndFoundAgainWhenMany()
    {
        var finder = new CountingFinder(LargeTopics);
        Update(LdaTopicFinderTests.Pages(), finder, Archive(100));

        var fewMore = Update(LdaTopicFinderTests.Pages(), finder, Archive(105));
        Assert.Equal(1, finder.Calls);
        Assert.Equal("helsedata", fewMore.Topics[0].Words[0].Word);

        Update(LdaTopicFinderTests.Pages(), finder, Archive(120));
        Assert.Equal(2, finder.Calls);
        Assert.Equal(120, TopicStore.Load(_folder)!.DocumentIds.Count);
    }

    [Fact]
    public void TopicsOfASmallArchiveAreFoundAgainOnEveryChange()
    {
        var finder = new CountingFinder(OneTopic);
        Update(LdaTopicFinderTests.Pages(), finder, Archive(100));

        Update(LdaTopicFinderTests.Pages(), finder, Archive(101));

        Assert.Equal(2, finder.Calls);
    }
}
