using NorPreM.Ingest.Topics;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Topics;

public sealed class LdaTopicFinderTests
{
    private static readonly LdaTopicFinder Finder = new(new TopicOptions { Topics = 3 });

    /// <summary>
    /// One page unit per test text (each text twice, to pass the minimum length), themed by subject: health data pages
    /// carry "helsedata", clinical-trial pages "kliniske-studier", communication pages no theme.
    /// </summary>
    internal static List<IndexUnit> Pages(Func<int, IReadOnlyList<ThemeScore>>? themesOfSubject = null)
    {
        themesOfSubject ??= subject => subject switch
        {
            0 => [new ThemeScore("helsedata", 0.9, ["helsedata"])],
            1 => [new ThemeScore("kliniske-studier", 0.8, ["kliniske studier"])],
            _ => [],
        };
        return TopicTestData.Texts.Select((text, i) => new IndexUnit
        {
            Id = $"doc:p{i + 1}",
            Kind = UnitKind.Page,
            DocumentId = "doc",
            FileName = "doc.pdf",
            DocumentTitle = "Saksdokumenter",
            Title = $"Sak {i + 1}/3/2022",
            Pages = [i + 1],
            Text = text + "\n" + text,
            CaseNumber = $"{i + 1}/3/2022",
            Themes = themesOfSubject(TopicTestData.SubjectOf(i)),
        }).ToList();
    }

    [Fact]
    public void TopicWhosePagesCarryNoThemeIsMarkedAsPossiblyOutsideTheTaxonomy()
    {
        var topics = Finder.Find(Pages(), []).Topics;

        var communication = Assert.Single(topics, t => t.Words.Any(w => w.Word == "nettsiden"));
        Assert.True(communication.PossiblyOutsideTaxonomy);
        Assert.Empty(communication.Themes);
        var data = Assert.Single(topics, t => t.Words.Any(w => w.Word == "helsedata"));
        Assert.False(data.PossiblyOutsideTaxonomy);
        Assert.Equal(new TopicThemeOverlap("helsedata", 4), Assert.Single(data.Themes));
        Assert.All(data.Units, u => Assert.Equal(["helsedata"], u.Themes));
        Assert.Equal(1.0, data.SharedThemeShare);
    }

    [Fact]
    public void NamesOfPeopleTheKnowledgeBaseKnowsAreNotTopicWords()
    {
        // The chair of one council is named on every page of that council's subject, as attendance lists do.
        var pages = Pages().Select((u, i) => TopicTestData.SubjectOf(i) == 0
            ? u with { Text = u.Text + "\nTil stede: Ragnhild Aarø (leder), Ragnhild Aarø orienterte." }
            : u).ToList();

        var withNames = Finder.Find(pages, []).Topics.SelectMany(t => t.Words).Select(w => w.Word).ToList();
        var withoutNames = Finder.Find(pages, ["Ragnhild Aarø"]).Topics.SelectMany(t => t.Words).Select(w => w.Word).ToList();

        Assert.Contains("aarø", withNames);
        Assert.DoesNotContain("aarø", withoutNames);
        Assert.DoesNotContain("ragnhild", withoutNames);
        Assert.Contains("helsedata", withoutNames);
    }

    [Fact]
    public void TopicWhosePagesEachCarryADifferentThemeIsMarkedToo()
    {
        string[] scattered = ["etikk-juss", "folkehelse", "kommunikasjon", "digitalisering"];
        var pages = Pages();
        for (var i = 0; i < pages.Count; i++)
        {
            if (TopicTestData.SubjectOf(i) == 2)
            {
                pages[i] = pages[i] with { Themes = [new ThemeScore(scattered[i / 3], 0.6, [])] };
            }
        }

        var communication = Assert.Single(Finder.Find(pages, []).Topics, t => t.Words.Any(w => w.Word == "nettsiden"));

        Assert.True(communication.PossiblyOutsideTaxonomy);
        Assert.Equal(1.0, communication.ThemeCoverage);
        Assert.Equal(4, communication.Themes.Count);
    }

    [Fact]
    public void NothingIsMarkedWhenNoPageHasThemes()
    {
        var set = Finder.Find(Pages(_ => []), []);

        Assert.False(set.ThemesAvailable);
        Assert.Equal(3, set.Topics.Count);
        Assert.All(set.Topics, t => Assert.False(t.PossiblyOutsideTaxonomy));
    }

    [Fact]
    public void OnlyPagesOfAtLeastFiftyWordsTakePartAndLinksPointAtThem()
    {
        var units = Pages();
        units.Add(units[0] with { Id = "doc:p99", Pages = [99], Text = "Helsedata og registre." });
        units.Add(units[0] with { Id = "case:1/3/2022", Kind = UnitKind.Case });

        var set = Finder.Find(units, []);

        Assert.Equal(12, set.UnitCount);
        var linked = set.Topics.SelectMany(t => t.Units).ToList();
        Assert.DoesNotContain(linked, u => u.UnitId is "doc:p99" or "case:1/3/2022");
        Assert.Contains(linked, u => u is { UnitId: "doc:p1", Page: 1, CaseNumber: "1/3/2022", DocumentId: "doc" });
    }

    [Fact]
    public void TooFewPagesGiveANorwegianNoteInsteadOfTopics()
    {
        var warnings = new List<string>();

        var set = new LdaTopicFinder(new TopicOptions { Topics = 3 }, warnings.Add).Find(Pages().Take(2).ToList(), []);

        Assert.Empty(set.Topics);
        Assert.Contains("For få tekster", set.Note);
        Assert.Single(warnings);
    }

    [Fact]
    public void ALargeArchiveIsSampledEvenlyAndEveryPageStillCounts()
    {
        var topics = new LdaTopicFinder(new TopicOptions { Topics = 3, MaxTexts = 6 }).Find(Pages(), []);

        // Every second page in order: two pages of each subject.
        var sampled = new[] { "doc:p1", "doc:p3", "doc:p5", "doc:p7", "doc:p9", "doc:p11" };
        Assert.Equal(12, topics.UnitCount);
        Assert.Contains("6 av 12 sider", topics.Method);
        Assert.NotEmpty(topics.Topics.SelectMany(t => t.Units));
        Assert.All(topics.Topics.SelectMany(t => t.Units), u => Assert.Contains(u.UnitId, sampled));
    }
}
