using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;
using NorPreM.Ingest.Pipeline;
using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Tests.TestSupport;
using NorPreM.Ingest.Themes;
using NorPreM.Search;
using NorPreM.Core.Model;
using NorPreM.Core.Knowledge;

namespace NorPreM.Ingest.Tests.Pipeline;

/// <summary>
/// The archive of one council over two years (<c>Pipeline/Fixtures/arkiv</c>: case papers and minutes of HelseOmsorg21-rådet's
/// meetings 2/2024 – 2/2025), ingested whole: following the matter «tilgang til helsedata» from the orientation
/// (Sak 14/2/2024) through the discussion (Sak 22/3/2024), a status in a meeting without case papers (Sak 31/4/2024)
/// and the decision (Sak 5/1/2025) to the paper of a meeting whose minutes are not written yet (Sak 12/2/2025).
/// </summary>
public sealed class CaseArchiveTests(CaseArchiveTests.Archive archive) : IClassFixture<CaseArchiveTests.Archive>
{
    public sealed class Archive : IDisposable
    {

        public Archive()
        {
            var (parser, linker) = StructureStage.CreateDefault();
            var stages = new IngestStages(new PdfPigTextExtractor(), OcrRepairStage.CreateDefault(_ => { }, useOcr: false), parser, linker,
                ThemeClassifierFactory.LoadDefault(_ => { }));
            var folder = Repo.Path2("tests", "Ingest.Tests", "Pipeline", "Fixtures", "arkiv");
            var files = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal)
                .Select(f => new CorpusFile(Path.GetFileName(f), File.ReadAllBytes(f)))
                .ToList();
            Index = SearchIndex.InMemory();
            Report = new IngestPipeline(stages, new NoDocumentCache()).Run(files, Index.Writer, new MemoryKnowledgeStorage());
        }

        public SearchIndex Index { get; }

        public IngestReport Report { get; }

        public KnowledgeBase Knowledge => Report.Knowledge;

        public CaseRecord Case(string number) => Assert.Single(Knowledge.Cases, c => c.Number == number);

        public void Dispose() => Index.Dispose();
    }

    [Fact]
    public void EveryFileIsReadAndEveryMeetingIsDatedInOrder()
    {
        Assert.Equal(8, archive.Report.Processed);
        Assert.Empty(archive.Report.Failures);

        var meetings = archive.Knowledge.Meetings.Where(m => m.Council == Councils.HelseOmsorg21)
            .OrderBy(m => m.Date).Select(m => (m.Number, m.Date)).ToList();
        Assert.Equal(
        [
            ("2/2024", (DateOnly?)new DateOnly(2024, 3, 12)),
            ("3/2024", new DateOnly(2024, 6, 4)),
            ("4/2024", new DateOnly(2024, 10, 17)),
            ("1/2025", new DateOnly(2025, 2, 6)),
            ("2/2025", new DateOnly(2025, 4, 10)),
        ], meetings);

        var withoutPapers = Assert.Single(archive.Knowledge.Meetings, m => m.Number == "4/2024");
        Assert.NotNull(withoutPapers.MinutesDocumentId);
        Assert.Equal("Svarbrev fra Helse- og omsorgsdepartementet om tilgang til helsedata", Assert.Single(withoutPapers.Items).Title);
        Assert.Null(Assert.Single(archive.Knowledge.Meetings, m => m.Number == "2/2025").MinutesDocumentId);
    }

    [Fact]
    public void TheMattersHistoryLinksBothWaysAcrossSpellings()
    {
        // "sak 14/2/24" in the paper of 22/3/2024; "jf. sak 22-3-2024" in the minutes of 4/2024; "Sak 14/2/2024, Sak 22-3-2024
        // og RS 3/2024" in the paper of 5/1/2025, where the referatsak is no case; "sak 5/1/25" in the paper of 12/2/2025.
        Assert.Equal(["22/3/2024", "5/1/2025"], archive.Case("14/2/2024").LaterHandled);
        Assert.Equal(["14/2/2024"], archive.Case("22/3/2024").PreviouslyHandled);
        Assert.Equal(["31/4/2024", "5/1/2025"], archive.Case("22/3/2024").LaterHandled);
        Assert.Equal(["22/3/2024"], archive.Case("31/4/2024").PreviouslyHandled);
        Assert.Equal(["14/2/2024", "22/3/2024"], archive.Case("5/1/2025").PreviouslyHandled);
        Assert.Equal(["12/2/2025"], archive.Case("5/1/2025").LaterHandled);
        Assert.Equal(["5/1/2025"], archive.Case("12/2/2025").PreviouslyHandled);
        Assert.DoesNotContain(archive.Knowledge.Cases, c => c.Number == "3/2024");
    }

    [Fact]
    public void TheAdoptedDecisionFromTheMinutesStandsBesideTheProposalFromThePaper()
    {
        var discussion = archive.Case("22/3/2024");
        Assert.Equal("Rådet slutter seg til sekretariatets vurderinger og sender dem som rådets innspill til departementet.", discussion.ProposedDecision);
        Assert.StartsWith("Rådet ber sekretariatet utarbeide et innspill til departementet om raskere tilgang til helsedata", discussion.Decision);
        Assert.Equal(["Drøftingssak"], discussion.CaseTypes);
        Assert.Equal(["Jørgen Håkonsen"], discussion.CaseOfficers);
        Assert.NotNull(discussion.DocumentId);
        Assert.NotNull(discussion.MinutesDocumentId);
        Assert.NotEqual(discussion.DocumentId, discussion.MinutesDocumentId);
        Assert.Equal(new DateOnly(2024, 6, 4), discussion.MeetingDate);

        var decision = archive.Case("5/1/2025");
        Assert.Contains("med en frist på tre måneder", decision.ProposedDecision);
        Assert.Contains("Enkle søknader skal behandles innen to måneder.", decision.Decision);

        var pending = archive.Case("12/2/2025");
        Assert.Null(pending.Decision);
        Assert.StartsWith("Rådet godkjenner høringssvaret om tilgjengeliggjøring av helsedata", pending.ProposedDecision);
        Assert.Equal(new DateOnly(2025, 4, 10), pending.MeetingDate);
    }

    [Fact]
    public void WhatDidWeDecideAndWhenIsAnsweredByTheLatestDecisionWithItsMeetingAndDate()
    {
        var response = archive.Index.Searcher.Search(new SearchRequest
        {
            Query = "hva vedtok vi om tilgang til helsedata, og når?",
            Scope = SearchScope.Decisions,
            Sort = SearchSort.Newest,
        });

        var first = response.Hits[0];
        Assert.Equal(UnitKind.Decision, first.Kind);
        Assert.Equal("5/1/2025", first.CaseNumber);
        Assert.Equal("1/2025", first.Meeting);
        Assert.Equal(new DateOnly(2025, 2, 6), first.Date);
        Assert.Equal(["5/1/2025", "22/3/2024", "14/2/2024"], response.Hits.Take(3).Select(h => h.CaseNumber));
        Assert.Contains("når", response.IgnoredWords);
    }

    [Fact]
    public void ADecisionSearchShowsWhatWasAdoptedNotTheProposalOfACaseWithMinutes()
    {
        var response = archive.Index.Searcher.Search(new SearchRequest
        {
            Query = "hva vedtok rådet om kvalitetsregistre og biobanker?",
            Scope = SearchScope.Decisions,
        });

        var decided = archive.Knowledge.Cases.Where(c => c.Decision is not null).Select(c => c.Number).ToHashSet();
        Assert.DoesNotContain(response.Hits, h => h.Kind == UnitKind.Proposal && decided.Contains(h.CaseNumber ?? ""));
        Assert.Equal(["22/3/2024", "5/1/2025"], response.Hits.Take(2).Select(h => h.CaseNumber).Order(StringComparer.Ordinal));
        Assert.All(response.Hits.Take(2), h => Assert.Equal(UnitKind.Decision, h.Kind));
    }

    [Theory]
    [InlineData("sak 22-3-24")]
    [InlineData("22/3/2024")]
    [InlineData("Sak 22/3/24")]
    public void TheCaseIsFoundByAnySpellingOfItsNumber(string query)
    {
        var hit = archive.Index.Searcher.Search(new SearchRequest { Query = query }).Hits[0];
        Assert.Equal("22/3/2024", hit.CaseNumber);
        Assert.Equal("Sak 22/3/2024 Tilgang til helsedata – rådets innspill", hit.Title);
    }

    [Fact]
    public void EveryPageOfAMeetingsMinutesCarriesThatMeeting()
    {
        var meeting = Assert.Single(archive.Knowledge.Meetings, m => m.Number == "4/2024");
        Assert.NotNull(meeting.MinutesDocumentId);
        Assert.NotEmpty(meeting.MinutesPages);

        var response = archive.Index.Searcher.Search(new SearchRequest
        {
            Query = "",
            Collapse = false,
            PageSize = 100,
            Filters = SearchFilters.Of(FilterField.Meeting, "4/2024"),
        });

        var minutesPages = response.Hits.Where(h => h.Kind == UnitKind.Page && h.DocumentId == meeting.MinutesDocumentId).Select(h => h.Page).Order();
        Assert.Equal(meeting.MinutesPages.Order(), minutesPages);
        Assert.All(response.Hits, h => Assert.Equal("4/2024", h.Meeting));
    }

    [Fact]
    public void AQuestionAboutWhatWasDecidedPutsTheDecisionsFirstEvenWithoutTheDecisionsFilter()
    {
        // Sak 12/2/2025's paper narrates «… vedtok i møte 1/2025 …»; the question asks for the decisions themselves.
        var response = archive.Index.Searcher.Search(new SearchRequest { Query = "hva vedtok vi om tilgang til helsedata" });

        Assert.Equal(["vedtok"], response.DecisionWords);
        Assert.All(response.Hits.Take(3), h => Assert.Equal(UnitKind.Decision, h.Kind));
        Assert.Contains(response.Hits.Take(2), h => h.CaseNumber == "5/1/2025");
    }
}
