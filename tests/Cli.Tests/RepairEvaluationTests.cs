using System.Text;
using NorPreM.Cli;
using NorPreM.Cli.Commands;
using NorPreM.Ingest.OcrRepair;
using NorPreM.Cli.Evaluation;
using NorPreM.Ingest.Tests.TestSupport;

namespace NorPreM.Cli.Tests;

public sealed class RepairEvaluationTests
{
    [Fact]
    public void AlignsOcrLinesWithTheCleanTextWordForWord()
    {
        const string ocr = "Sak 14/2/21 Spgrsmal om habilitet\n\nInhabilitet ble vurdert for sakene pa dagens mgte.\nVedtak:";
        const string clean = "Sak 14/2/21 Spørsmål om habilitet\nInhabilitet ble vurdert for sakene på dagens møte.\nVedtak:\n";
        var pairs = EvaluationSetBuilder.AlignPage("ho21-p05", ocr, clean);
        Assert.Equal(2, pairs.Count);
        Assert.Equal("Sak 14/2/21 Spørsmål om habilitet", pairs[0].Truth);
        Assert.Equal("Inhabilitet ble vurdert for sakene pa dagens mgte.", pairs[1].Damaged);
        Assert.Equal("Inhabilitet ble vurdert for sakene på dagens møte.", pairs[1].Truth);
    }

    [Fact]
    public void DamagesTextTheSameWayForTheSameSeed()
    {
        const string clean = "Rådet er særlig opptatt av å følge opp møtet i Sør-Øst.";
        var a = EvaluationSetBuilder.Damage(clean, new Random(7));
        var b = EvaluationSetBuilder.Damage(clean, new Random(7));
        Assert.Equal(a, b);
        Assert.NotEqual(clean, a);
        Assert.Equal(clean.Split(' ').Length, a.Split(' ').Length);
    }

    [Fact]
    public void RestoresMostDamagedWordsOfTheSyntheticSetBuiltFromNorQuad()
    {
        var norquad = SharedData.NorQuad();
        Assert.True(norquad is not null, "../shared/data/norquad is missing beside the repository");
        var pairs = EvaluateRepairCommand.SyntheticNorQuad(Path.Combine(norquad, "passages.jsonl")).Take(250).ToList();
        var report = RepairEvaluation.Evaluate("norquad-synthetic", pairs, new DamageScorer(NoisyChannelCorrector.Default), NoisyChannelCorrector.Default);
        Assert.True(report.DamagedNorwegianWords > 100);
        Assert.True(report.RestoredShare > 0.85, $"restored {report.RestoredShare:P1}");
        Assert.True(report.SoundChangedShare < 0.005, $"sound changed {report.SoundChangedShare:P2}");
        Assert.True(report.CerAfter < report.CerBefore / 3);
    }

    [Fact]
    public void RepairCommandWritesTheRepairedTextAndExplainsEachChange()
    {
        var input = new StringReader("Det etableres apne nettverksmgter i alle helseregioner.\nDe skal veere en arena pd tvers av regionene.\n");
        var output = new StringWriter();
        var code = CommandLine.Run(["repair", "--explain"], new CliContext(input, output, new StringWriter()));
        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.StartsWith("Det etableres åpne nettverksmøter i alle helseregioner.\nDe skal være en arena på tvers av regionene.\n", text);
        Assert.Contains("--- endringer ---", text);
        Assert.Contains("nettverksmgter → nettverksmøter", text);
        Assert.Contains("sikkerhet", text);
    }

    [Fact]
    public void EvaluateRepairCommandRejectsAMissingSet()
    {
        var error = new StringWriter();
        var code = CommandLine.Run(["evaluate-repair", "--set", Path.Combine(Path.GetTempPath(), "finnes-ikke-" + Guid.NewGuid())],
            new CliContext(TextReader.Null, new StringWriter(), error));
        Assert.Equal(1, code);
        Assert.Contains("Finner ikke", error.ToString());
    }
}
