using NorPreM.Core.Model;

namespace NorPreM.Web.Tests.Fixtures;

/// <summary>
/// Topics as ingest finds them in the corpus (words from the real run over its 35 pages), pointing at the pages of
/// <see cref="TestKnowledge"/>: one topic whose pages share a taxonomy theme, and one whose pages carry none.
/// </summary>
public static class TestTopics
{
    public static TopicSet Create() => new()
    {
        Method = "LightLDA (Microsoft.ML), 2 emner, 1000 iterasjoner",
        DocumentIds = [TestKnowledge.BundleId, TestKnowledge.MandateId],
        UnitCount = 6,
        Vocabulary = 180,
        CommonWords = ["rådet", "helsetjenesten", "møtet"],
        ThemesAvailable = true,
        Topics =
        [
            new TopicRecord
            {
                Number = 1,
                Words = [new("persontilpasset", 0.041), new("medisin", 0.039), new("strategien", 0.022), new("kliniske", 0.015), new("studier", 0.014)],
                Units =
                [
                    Page(TestKnowledge.BundleId, 27, "Sak 30/3/2022 Strategi for persontilpasset medisin", "30/3/2022", 0.86, "persontilpasset-medisin", "helsedata"),
                    Page(TestKnowledge.MandateId, 1, "Revidert Mandat – Nasjonalt kompetansenettverk for persontilpasset medisin (NorPreM)", null, 0.81,
                        "persontilpasset-medisin", "organisering-mandat"),
                ],
                Themes = [new("persontilpasset-medisin", 2), new("helsedata", 1), new("organisering-mandat", 1)],
                ThemeCoverage = 1,
                SharedThemeShare = 1,
            },
            new TopicRecord
            {
                Number = 2,
                Words = [new("dialogmøte", 0.030), new("dialog", 0.021), new("anskaffelser", 0.020), new("kommuner", 0.019)],
                Units =
                [
                    Page(TestKnowledge.BundleId, 6, "Referat møte 2/2022", "26/3/2022", 0.74),
                    Page(TestKnowledge.BundleId, 4, "Referat møte 2/2022", "26/3/2022", 0.61),
                ],
                PossiblyOutsideTaxonomy = true,
            },
        ],
    };

    private static TopicUnit Page(string documentId, int page, string title, string? caseNumber, double weight, params string[] themes) => new()
    {
        UnitId = $"{documentId}:p{page}",
        DocumentId = documentId,
        Title = title,
        DocumentTitle = documentId == TestKnowledge.BundleId ? "HelseOmsorg21-rådet – saksdokumenter møte 3/2022" : "Revidert Mandat",
        Page = page,
        CaseNumber = caseNumber,
        Weight = weight,
        Themes = themes,
    };
}
