using NorPreM.Ingest.Structure.Mandates;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

public sealed class MandateParserTests
{
    private static MandateRecord Mandate => Assert.Single(StructureFixture.Mandate.Mandates);

    [Fact]
    public void ReadsTitleCouncilAndApproval()
    {
        Assert.Equal("Revidert Mandat – Nasjonalt kompetansenettverk for persontilpasset medisin", Mandate.Title);
        Assert.Equal(Councils.NorPreM, Mandate.Council);
        Assert.Equal(new DateOnly(2024, 3, 18), Mandate.ApprovedOn);
        Assert.StartsWith("Mandatet er godkjent i det interregionale fagdirekt", Mandate.Approval);
        Assert.StartsWith("interregionale fagdirekt", Mandate.ApprovedBy);
        Assert.Equal(Councils.Fagdirektormotet, Mandate.ApprovedByCouncil);
        Assert.Equal(DocumentTypes.Mandate, StructureFixture.Mandate.Document.DocumentType);
    }

    [Fact]
    public void ReadsNineSectionsWithNumberedAndBulletedPoints()
    {
        Assert.Equal(9, Mandate.Sections.Count);
        Assert.Equal("Bakgrunn", Mandate.Sections[0].Heading);
        Assert.Equal(7, Mandate.Sections[0].Points.Count);
        var organisation = Mandate.Sections.Single(s => s.Heading == "Organisering og rapportering");
        Assert.Equal(Enumerable.Range(1, 8).Select(n => n.ToString()), organisation.Points.Select(p => p.Label));
        var advisory = Mandate.Sections.Single(s => s.Heading.StartsWith("Nasjonal r", StringComparison.Ordinal));
        Assert.Equal(6, advisory.Points.Count);
        Assert.Equal("•", advisory.Points[5].Label);
        Assert.Equal(2, Mandate.Footnotes.Count);
    }

    [Fact]
    public void DropsSpecksAndJoinsTheSentenceOverThePageBreak()
    {
        var tasks = Mandate.Sections.Single(s => s.Heading == "Nettverksoppgaver");
        Assert.Contains("metodebeskrivelser og resultatrapportering.", tasks.Text);
        Assert.DoesNotContain("®", Mandate.Body);
        Assert.DoesNotContain("\no\n", Mandate.Body);
    }

    [Fact]
    public void ReadsReportingLines()
    {
        var lines = Mandate.ReportingLines;
        Assert.Contains(lines, l => l.From == "Nasjonal leder i NorPreM" && l.Relation == "rapporterer til" && l.To.StartsWith("interregionalt fagdirekt", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.From == "Kompetansenettverkets nasjonale leder" && l.Relation == "rapporterer til");
        Assert.Contains(lines, l => l.Relation == "er styringsgruppe for" && l.To == "nettverket");
        Assert.Contains(lines, l => l.Relation == "godkjenner" && l.To == "Budsjett og regnskap");
        Assert.Contains(lines, l => l.Relation == "leder" && l.From == "nasjonal leder i NorPreM");
    }

    [Fact]
    public void ExtractsReportingLinesFromCleanNorwegian()
    {
        var lines = ReportingLineExtractor.Extract(
        [
            "6. Kompetansenettverkets nasjonale leder rapporterer til det interregionale fagdirektørmøtet som er nettverkets styringsgruppe.",
            "Budsjett og regnskap skal godkjennes av interregionalt fagdirektørmøte.",
            "Regionalt NorPreM-råd skal ha en rådgivende rolle overfor regional leder i NorPreM, bistå i planlegging.",
            "Det forventes at arbeidsutvalget ledere aktivt orienterer seg internasjonalt.",
        ]);
        Assert.Equal(
        [
            new ReportingLine("Kompetansenettverkets nasjonale leder", "rapporterer til", "det interregionale fagdirektørmøtet", "6. Kompetansenettverkets nasjonale leder rapporterer til det interregionale fagdirektørmøtet som er nettverkets styringsgruppe."),
            new ReportingLine("det interregionale fagdirektørmøtet", "er styringsgruppe for", "nettverket", "6. Kompetansenettverkets nasjonale leder rapporterer til det interregionale fagdirektørmøtet som er nettverkets styringsgruppe."),
            new ReportingLine("interregionalt fagdirektørmøte", "godkjenner", "Budsjett og regnskap", "Budsjett og regnskap skal godkjennes av interregionalt fagdirektørmøte."),
            new ReportingLine("Regionalt NorPreM-råd", "gir råd til", "regional leder i NorPreM", "Regionalt NorPreM-råd skal ha en rådgivende rolle overfor regional leder i NorPreM, bistå i planlegging."),
        ], lines);
    }
}
