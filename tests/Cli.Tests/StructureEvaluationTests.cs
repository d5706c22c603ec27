using NorPreM.Cli;
using NorPreM.Cli.Evaluation;
using NorPreM.Core.Model;

namespace NorPreM.Cli.Tests;

/// <summary>The structure evaluation's matching and scoring, and the gold files it reads.</summary>
public sealed class StructureEvaluationTests
{
    [Theory]
    [InlineData("Styresak 045/23", new[] { 45, 2023 })]
    [InlineData("PS 41/23", new[] { 41, 2023 })]
    [InlineData("Sak 28/3/2022", new[] { 28, 3, 2022 })]
    [InlineData("5.", new[] { 5 })]
    public void ComparesNumbersByTheirDigits(string printed, int[] digits) =>
        Assert.Equal(digits, StructureEvaluation.Digits(printed));

    [Fact]
    public void MatchesACaseByNumberAndMostOfItsTitle()
    {
        var gold = new GoldCase("Styresak 045/23", "Virksomhetsrapport per desember 2022", true, "Styret tar");
        Assert.True(StructureEvaluation.Matches(gold, new CaseRecord { Number = "45/2023", Label = "Styresak 045/23", Title = "Virksomhetsrapport per desember 2022" }));
        Assert.False(StructureEvaluation.Matches(gold, new CaseRecord { Number = "46/2023", Label = "Styresak 046/23", Title = "Virksomhetsrapport per desember 2022" }));
        Assert.False(StructureEvaluation.Matches(gold, new CaseRecord { Number = "45/2023", Label = "Styresak 045/23", Title = "Eventuelt" }));
    }

    [Fact]
    public void ScoresAnInventedDecisionAndAWrongBodyAsErrors()
    {
        var gold = new GoldDocument("x.pdf", "dev", "protokoll", "styret-x", [new GoldMeeting(null, new DateOnly(2023, 2, 8), 5, 1)],
            [new GoldCase("Sak 1", "Godkjenning av innkalling", true, "Godkjent"), new GoldCase("Sak 2", "Eventuelt", false, null)]);
        var read = new ReadFacts("protokoll", null,
            [new CaseRecord { Number = "1", Label = "Sak 1", Title = "Godkjenning av innkalling", Decision = "Godkjent." },
             new CaseRecord { Number = "2", Label = "Sak 2", Title = "Eventuelt", Decision = "Ingen saker." }],
            [new MeetingRecord { Council = "", Number = "08.02.2023", Date = new DateOnly(2023, 2, 8), Present = [new Attendee("Kari Nordmann", null, null)] }]);
        var score = StructureEvaluation.Score(gold, read);
        Assert.Equal(1.0, score.CaseF1);
        Assert.Equal(2.0 / 3, score.DecisionF1, 3);
        Assert.Equal(0, score.BodyHits);
        Assert.Equal(1, score.DateHits);
        Assert.Equal(0, score.AttendanceHits);
    }

    [Fact]
    public void ScoresTheDecisionKindOfDecisionsReadRightWhereTheGoldNamesIt()
    {
        var gold = new GoldDocument("x.pdf", "dev", "referat", null, [],
            [new GoldCase("Sak 1", "Sykefravær", true, "AMU ber klinikken", DecisionKinds.Conclusion),
             new GoldCase("Sak 2", "Årsrapport", true, "Årsrapporten godkjennes", DecisionKinds.Labelled),
             new GoldCase("Sak 3", "Budsjett", true, "Budsjettet vedtas")]);
        var read = new ReadFacts("referat", null,
            [new CaseRecord { Number = "1", Label = "Sak 1", Title = "Sykefravær", Decision = "AMU ber klinikken legge fram en plan.", DecisionKind = DecisionKinds.Conclusion },
             new CaseRecord { Number = "2", Label = "Sak 2", Title = "Årsrapport", Decision = "Årsrapporten godkjennes.", DecisionKind = DecisionKinds.Approval },
             new CaseRecord { Number = "3", Label = "Sak 3", Title = "Budsjett", Decision = "Budsjettet vedtas.", DecisionKind = DecisionKinds.Labelled }],
            []);
        var score = StructureEvaluation.Score(gold, read);
        Assert.Equal(2, score.DecisionKindsScored);
        Assert.Equal(1, score.DecisionKindHits);
    }

    [Fact]
    public void ReadsEveryGoldFileOfTheRepository()
    {
        var directory = Path.Combine(Root(), "eval", "structure");
        var documents = Directory.GetFiles(directory, "*.jsonl").SelectMany(StructureEvaluation.ReadGold).ToList();
        Assert.Contains(documents, d => d.Split == "heldout");
        Assert.Contains(documents, d => d.Body == "styret-helse-sor-ost-rhf");
        Assert.All(documents, d => Assert.False(string.IsNullOrWhiteSpace(d.File)));
    }

    [Fact]
    public void ReportsABrokenGoldLineByNumberAndLosesNothing()
    {
        var path = Path.Combine(Path.GetTempPath(), "norprem-gold-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(path, "{\"file\": \"a.pdf\", \"cases\": []}\n{ikke json\n");
        try
        {
            var error = new StringWriter();
            var code = CommandLine.Run(["evaluate-structure", path], new CliContext(TextReader.Null, new StringWriter(), error));
            Assert.Equal(1, code);
            Assert.Contains("Linje 2", error.ToString());
            Assert.True(File.Exists(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NorPreM.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("NorPreM.sln not found");
    }
}
