using System.Text.Json;
using NorPreM.Ingest.Topics;

namespace NorPreM.Ingest.Tests.Topics;

public sealed class TopicDiscoveryTests
{
    private static readonly TopicOptions ThreeTopics = new() { Topics = 3, WordsPerTopic = 6 };

    [Fact]
    public void SameTextsGiveTheSameTopicsEveryTime()
    {
        var first = TopicDiscovery.Discover(TopicTestData.Texts, ThreeTopics);
        var second = TopicDiscovery.Discover(TopicTestData.Texts, ThreeTopics);

        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(second));
    }

    [Fact]
    public void WordsInMostTextsAndWordsInOnlyOneAreLeftOut()
    {
        var result = TopicDiscovery.Discover(TopicTestData.Texts, ThreeTopics);
        var words = result.Topics.SelectMany(t => t.Words.Select(w => w.Word)).ToList();

        Assert.Contains("rådet", result.CommonWords);
        Assert.DoesNotContain("rådet", words);
        Assert.DoesNotContain("januar", words);
        Assert.DoesNotContain("møtet", words);
    }

    [Fact]
    public void EachTopicStandsForOneSubjectAndLinksToItsTexts()
    {
        var result = TopicDiscovery.Discover(TopicTestData.Texts, ThreeTopics);

        var subjects = new HashSet<int>();
        foreach (var topic in result.Topics)
        {
            Assert.NotEmpty(topic.Texts);
            var subject = TopicTestData.SubjectOf(topic.Texts[0].Index);
            Assert.All(topic.Texts, t => Assert.Equal(subject, TopicTestData.SubjectOf(t.Index)));
            Assert.All(topic.Words.Take(3), w => Assert.Contains(w.Word, TopicTestData.WordsOf(subject)));
            Assert.Equal(topic.Texts.OrderByDescending(t => t.Weight).Select(t => t.Index), topic.Texts.Select(t => t.Index));
            subjects.Add(subject);
        }

        Assert.Equal(3, subjects.Count);
    }

    [Fact]
    public void DocumentFrequencyLimitsKeepWordsSharedBySomeButNotMostTexts()
    {
        string[][] texts = [["rådet", "helsedata", "januar"], ["rådet", "helsedata"], ["rådet", "studier"], ["rådet", "studier"], ["rådet", "media"]];

        var (kept, common) = TopicDiscovery.PruneVocabulary(texts, minCount: 2, maxShare: 0.4);

        Assert.Equal(["helsedata", "studier"], kept.Order(StringComparer.Ordinal));
        Assert.Equal(["rådet"], common);
    }

    [Fact]
    public void InflectedFormsCountAsOneWordShownInTheirCommonestForm()
    {
        var texts = TopicTestData.Texts.Select((t, i) => TopicTestData.SubjectOf(i) == 0 ? t + " Registrene må brukes, og registrene må deles." : t).ToList();

        var words = TopicDiscovery.Discover(texts, ThreeTopics).Topics.SelectMany(t => t.Words.Select(w => w.Word)).ToList();

        Assert.Contains("registrene", words);
        Assert.DoesNotContain("registre", words);
    }

    [Fact]
    public void StopWordsAndNumbersNeverBecomeTopicWords()
    {
        Assert.Equal(["helsedata", "ho21-rådet", "e-helse", "eu"], TopicDiscovery.Tokenize("Det er helsedata, HO21-rådet og e-helse i 2022 for EU 28/3/2022 og å."));
    }

    [Fact]
    public void TopicCountGrowsWithTheSquareRootOfTheNumberOfTexts()
    {
        Assert.Equal(2, TopicDiscovery.TopicCountFor(3, 8));
        Assert.Equal(4, TopicDiscovery.TopicCountFor(35, 8));
        Assert.Equal(8, TopicDiscovery.TopicCountFor(500, 8));
    }

    [Fact]
    public void TooFewTextsAreRefusedWithANorwegianReason()
    {
        var e = Assert.Throws<TopicDiscoveryException>(() => TopicDiscovery.Discover(["Helsedata og registre."], ThreeTopics));

        Assert.Contains("For få tekster", e.Reason);
    }
}
