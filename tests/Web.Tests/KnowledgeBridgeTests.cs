using NorPreM.Core.Model;
using NorPreM.Web.Knowledge;

namespace NorPreM.Web.Tests;

/// <summary>What is published while the searcher switches versions: every hit of either version has its page.</summary>
public sealed class KnowledgeBridgeTests
{
    private static DocumentRecord Document(string id, bool restricted = false) => new()
    {
        Id = id,
        FileName = id + ".pdf",
        Title = "Dokument " + id,
        PageCount = 1,
        Restriction = restricted ? new DocumentAccess("sidecar", "Interne drøftinger", "offl. § 14") : null,
    };

    [Fact]
    public void AWithdrawnDocumentAndItsCasesStayUntilTheSearcherHasSwitched()
    {
        var before = new KnowledgeBase
        {
            Documents = [Document("a"), Document("b")],
            Cases = [new CaseRecord { Number = "1/1/2024", Title = "Første sak" }, new CaseRecord { Number = "2/1/2024", Title = "Andre sak" }],
        };
        var next = new KnowledgeBase { Documents = [Document("a")], Cases = [before.Cases[0]] };

        var bridge = KnowledgeBridge.Of(before, next);

        Assert.NotNull(bridge);
        Assert.Equal(["a", "b"], bridge.Documents.Select(d => d.Id));
        Assert.Equal(["1/1/2024", "2/1/2024"], bridge.Cases.Select(c => c.Number));
    }

    [Fact]
    public void APaperBeingRestrictedStaysPublicUntilTheSearcherNoLongerListsIt()
    {
        var before = new KnowledgeBase { Documents = [Document("a")] };
        var next = new KnowledgeBase { Documents = [Document("a", restricted: true)] };

        var bridge = KnowledgeBridge.Of(before, next);

        Assert.NotNull(bridge);
        Assert.False(Assert.Single(bridge.Documents).Restricted);
    }

    [Fact]
    public void AnAddedDocumentNeedsNoBridgeSinceTheNewKnowledgeBaseHoldsEveryHitOfBoth()
    {
        var before = new KnowledgeBase { Documents = [Document("a")] };
        var next = new KnowledgeBase { Documents = [Document("a"), Document("b")] };

        Assert.Null(KnowledgeBridge.Of(before, next));
    }

    [Fact]
    public void TopicsKeptWithAKnowledgeBaseLoseThePagesOfDocumentsItNoLongerHolds()
    {
        static TopicUnit Unit(string document) => new() { UnitId = document + "#1", DocumentId = document, Title = "Side", DocumentTitle = "Dokument", Page = 1, Weight = 0.5 };
        var topics = new TopicSet
        {
            DocumentIds = ["a", "b"],
            Topics =
            [
                new TopicRecord { Number = 1, Words = [new TopicWord("helsedata", 0.2)], Units = [Unit("a"), Unit("b")] },
                new TopicRecord { Number = 2, Words = [new TopicWord("genetikk", 0.2)], Units = [Unit("b")] },
            ],
        };

        var kept = KnowledgeBridge.TopicsWithin(topics, new KnowledgeBase { Documents = [Document("a")] });

        Assert.NotNull(kept);
        Assert.Equal(["a"], kept.DocumentIds);
        Assert.Equal(["a"], Assert.Single(kept.Topics).Units.Select(u => u.DocumentId));
    }
}
