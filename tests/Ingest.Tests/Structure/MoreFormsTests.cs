using NorPreM.Core.Model;
using NorPreM.Ingest.Structure.Entities;
using NorPreM.Ingest.Structure.Readers;
using NorPreM.Ingest.Structure.Recognition;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// Forms of the third fixture set (Structure/Fixtures/heldout3, rendered by scripts/make-structure-fixtures.sh): a
/// formannskap's protocol from a municipal case system, a council for persons with disabilities, a board's notice with
/// case papers, an association's board protocol with "Pkt." items, and an older municipal protocol with bare "56/23"
/// headings; and set 4 (heldout4: a health trust's board, a housing cooperative's board), written after set 3's readers.
/// Each set was scored once before the readers for its forms were written (docs/structure.md).
/// </summary>
public sealed class MoreFormsTests
{
    [Theory]
    [InlineData("Pkt. 1 Godkjenning av innkalling og dagsorden", "Pkt. 1", "1")]
    [InlineData("Punkt 3 Likepersonsarbeid", "Punkt 3", "3")]
    public void ReadsAPointAsAnItemOfItsMeeting(string row, string label, string place)
    {
        var heading = ItemHeadingReader.Read(row);
        Assert.NotNull(heading);
        Assert.True(heading.IsCase);
        Assert.Equal(label, heading.Number!.Label);
        Assert.Equal(place, heading.Number.Normal);
        Assert.Equal(CaseNumberSchemes.InMeeting, heading.Number.Scheme);
    }

    [Fact]
    public void APointInASentenceHeadsNoItem() =>
        Assert.Null(ItemHeadingReader.Read("Punkt 3 i avtalen sier at partene skal møtes årlig."));

    [Theory]
    [InlineData("5/2023 Godkjenning av innkalling", "5/2023", "5/2023")]
    [InlineData("56/23 GODKJENNING AV PROTOKOLL", "56/23", "56/2023")]
    public void ReadsABareNumberByYearWhereTheRowIsAHeading(string row, string label, string normal)
    {
        var heading = ItemHeadingReader.Read(row, headingStyle: true);
        Assert.NotNull(heading);
        Assert.Equal(label, heading.Number!.Label);
        Assert.Equal(normal, heading.Number.Normal);
        Assert.Equal(CaseNumberSchemes.ByYear, heading.Number.Scheme);
    }

    [Theory]
    [InlineData("5/2023 Godkjenning av innkalling", false)]
    [InlineData("12/05 Møtet ble holdt på Teams", true)]
    public void ABareNumberIsNoItemInRunningTextNorWhenItReadsAsADate(string row, bool headingStyle) =>
        Assert.Null(ItemHeadingReader.Read(row, headingStyle));

    [Theory]
    [InlineData("FSK- 12/24 Vedtak:", DecisionKinds.Labelled, "")]
    [InlineData("PS 41/23 Vedtak", DecisionKinds.Labelled, "")]
    [InlineData("Enstemmig vedtatt: Innkalling og referat godkjennes.", DecisionKinds.Labelled, "Innkalling og referat godkjennes.")]
    [InlineData("Et enstemmig fylkesutvalg vedtok:", DecisionKinds.Labelled, "")]
    [InlineData("Rådets uttalelse:", DecisionKinds.Statement, "")]
    [InlineData("Eldrerådets uttalelse: Rådet støtter planen.", DecisionKinds.Statement, "Rådet støtter planen.")]
    public void ReadsDecisionLabelsOfCaseSystemsAndAdvisoryBodies(string row, string kind, string rest)
    {
        var label = DecisionReader.ReadLabel(row);
        Assert.NotNull(label);
        Assert.Equal(DecisionRowKind.Decision, label.Kind);
        Assert.Equal(kind, label.DecisionKind);
        Assert.Equal(rest, label.Rest);
    }

    [Fact]
    public void AnOutcomeWithoutAColonStaysAnOutcome() =>
        Assert.Null(DecisionReader.ReadLabel("Enstemmig vedtatt."));

    [Theory]
    [InlineData(new[] { "Møteprotokoll", "Formannskapet", "Dato: 13.02.2024" }, "Formannskapet")]
    [InlineData(new[] { "KVALVIK KOMMUNE", "MØTEPROTOKOLL", "Kommunestyret" }, "Kommunestyret i Kvalvik")]
    [InlineData(new[] { "LUNDVIK KOMMUNE", "Møtereferat – Rådet for personer med funksjonsnedsettelse" }, "Rådet for personer med funksjonsnedsettelse i Lundvik")]
    [InlineData(new[] { "PROTOKOLL", "Styremøte nr. 3/2023 i Hjertelaget Innlandet" }, "Styret i Hjertelaget Innlandet")]
    [InlineData(new[] { "Vestkyst legevakt IKS", "Innkalling til styremøte", "Styret i Vestkyst legevakt IKS innkalles med dette til styremøte." }, "Styret i Vestkyst legevakt IKS")]
    [InlineData(new[] { "Sykehuset Nordlys HF", "Protokoll fra styremøte", "Tid: 12. mars 2024" }, "Styret i Sykehuset Nordlys HF")]
    public void NamesBodiesInTheFormsPapersPrintThem(string[] rows, string name) =>
        Assert.Equal(name, BodyRecogniser.Named(null, rows));

    [Fact]
    public void AnOrganRowWithoutAKindHeadingNamesNoBody() =>
        Assert.Null(BodyRecogniser.Named(null, ["Formannskapet", "Dato: 13.02.2024"]));

    [Theory]
    [InlineData("Kommunestyret i Bodø kommune", "kommunestyret-bodo")]
    [InlineData("Formannskapet i Solvik", "formannskapet-solvik")]
    [InlineData("Styret i Vestland fylkeskommune", "styret-vestland-fylkeskommune")]
    public void AMunicipalitysBodyHasOneAddressWithOrWithoutTheWordKommune(string name, string slug) =>
        Assert.Equal(slug, Councils.Slug(name));

    [Fact]
    public void ReadsSurnameFirstListsAndALoneEntryInTheSameStyle()
    {
        var reader = new AttendanceReader();
        var rows = new[] { "Tilstede: Nilsen, Anne (leder); Berg, Truls; Haugen, Marit", "Forfall: Lund, Kari" };
        foreach (var text in rows)
        {
            var row = Row(text);
            Assert.True(reader.Read(row, text.Split(':')[0] + ":", text.Split(':', 2)[1].Trim(), null));
        }

        var result = reader.Result();
        Assert.Equal(["Anne Nilsen", "Truls Berg", "Marit Haugen"], result.Present.Select(p => p.Name));
        Assert.Equal("leder", result.Present[0].Remark);
        Assert.Equal("Kari Lund", Assert.Single(result.Absent).Name);
    }

    [Fact]
    public void MembersListedFromTheBodysOwnOrganArePresentAndThoseFromAnotherOrganisationAreNot()
    {
        var reader = new AttendanceReader();
        var rows = new[]
        {
            "Til stede fra sentralstyret: Ragnhild Østby (leder), Kjetil Aamodt, Nina Fossum",
            "Til stede fra Innovasjon Norge: Per Arne Dahl",
            "Frammøtte: Sigrun Håvik; Eirik Nesheim",
        };
        foreach (var text in rows)
        {
            Assert.True(reader.Read(Row(text), text.Split(':')[0] + ":", text.Split(':', 2)[1].Trim(), null));
        }

        var result = reader.Result();
        Assert.Equal(["Ragnhild Østby", "Kjetil Aamodt", "Nina Fossum", "Sigrun Håvik", "Eirik Nesheim"], result.Present.Select(p => p.Name));
        Assert.DoesNotContain(result.Present, p => p.Name == "Per Arne Dahl");
    }

    [Fact]
    public void TwoNamesAfterAnEnumerationAreTwoPeopleButANameAndAffiliationStayOne()
    {
        Assert.Equal(2, PersonNames.ParseAttendees("Terje Bakken, Lise Holm", null, PersonNames.ListStyle.Enumeration).Count);
        var alone = Assert.Single(PersonNames.ParseAttendees("Ola Hansen, Helse Vest", null));
        Assert.Equal("Helse Vest", alone.Affiliation);
    }

    [Fact]
    public void AFormannskapProtocolGivesBodyAttendanceAndTheLabelledDecisionOverTheVote()
    {
        var doc = StructureFixture.ParseFixture(Path.Combine("heldout3", "protokoll-formannskapet-solvik-2024-02.pdf"));
        Assert.Equal("formannskapet-solvik", doc.Document.Council);
        var meeting = Assert.Single(doc.Meetings);
        Assert.Equal(6, meeting.Present.Count);
        Assert.Contains(meeting.Present, p => p.Name == "Oddvar Leirfall");
        Assert.Equal("Hilde Strand", Assert.Single(meeting.Absent).Name);
        Assert.Contains(meeting.Secretariat, p => p.Name == "Marit Engen");
        var grant = doc.Cases.Single(c => c.Label == "PS 14/24");
        Assert.StartsWith("Solvik frivilligsentral gis et tilskudd", grant.Decision);
        Assert.Equal(DecisionKinds.Labelled, grant.DecisionKind);
        Assert.StartsWith("Søknaden fra Solvik frivilligsentral", grant.ProposedDecision);
        Assert.DoesNotContain(doc.Cases, c => c.Label == "RS 3/24");
    }

    [Fact]
    public void AnAdvisoryCouncilsStatementIsItsDecision()
    {
        var doc = StructureFixture.ParseFixture(Path.Combine("heldout3", "referat-radet-funksjonsnedsettelse-lundvik-2023-05.pdf"));
        var parking = doc.Cases.Single(c => c.Label == "6/2023");
        Assert.Equal(DecisionKinds.Statement, parking.DecisionKind);
        Assert.StartsWith("Rådet ber om at antallet parkeringsplasser", parking.Decision);
        var first = doc.Cases.Single(c => c.Label == "5/2023");
        Assert.Equal("enstemmig vedtatt", first.Vote?.ToLowerInvariant());
        Assert.Equal(["Terje Bakken", "Lise Holm"], Assert.Single(doc.Meetings).Absent.Select(a => a.Name));
    }

    [Fact]
    public void AnAssociationsPointsAreItemsAndTheirLetteredPartsStayInside()
    {
        var doc = StructureFixture.ParseFixture(Path.Combine("heldout3", "protokoll-styremote-hjertelaget-2023-09.pdf"));
        Assert.Equal(["Pkt. 1", "Pkt. 2", "Pkt. 3", "Pkt. 4"], doc.Cases.Select(c => c.Label));
        Assert.Contains("Stiftelsen Dam", doc.Cases[1].Discussion);
        Assert.Equal("3/2023", Assert.Single(doc.Meetings).Number);
        Assert.Equal("styret-hjertelaget-innlandet", doc.Document.Council);
    }

    [Fact]
    public void ASentenceWithAColonLabelsTheDecision()
    {
        var label = DecisionReader.ReadLabel("Styret besluttet: Dugnaden holdes lørdag 27. april.");
        Assert.NotNull(label);
        Assert.Equal(DecisionRowKind.Decision, label.Kind);
        Assert.Equal("Dugnaden holdes lørdag 27. april.", label.Rest);
    }

    [Fact]
    public void ABoardsOwnListWrapsAfterACommaAndKeepsEveryMember()
    {
        var doc = StructureFixture.ParseFixture(Path.Combine("heldout4", "protokoll-styret-sykehuset-fjordbyen-2024-04.pdf"));
        var meeting = Assert.Single(doc.Meetings);
        Assert.Equal(["Gunnar Lie", "Mette Aas", "Svein Tveit", "Ida Bøe", "Arne Vik"], meeting.Present.Select(p => p.Name));
        Assert.Equal("ansattvalgt", meeting.Present[^1].Remark);
        Assert.StartsWith("1. Styret tar virksomhetsrapporten", doc.Cases.Single(c => c.Label == "Styresak 24-2024").Decision);
    }

    private static NorPreM.Ingest.Structure.Layout.LayoutRow Row(string text) =>
        NorPreM.Ingest.Structure.Layout.LayoutReader.FromLayoutText(text).Single().Rows.Single();
}
