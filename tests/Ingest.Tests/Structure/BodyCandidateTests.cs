using NorPreM.Core.Model;
using NorPreM.Ingest.Structure.Entities;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Readers;
using NorPreM.Ingest.Structure.Recognition;
using NorPreM.Ingest.Structure.Text;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// The scored body candidates (an organ's head noun joined to the owner the paper prints elsewhere), meeting dates in
/// letterheads and sentences, owners' tables as attendance and agenda titles that wrap in their table cell.
/// </summary>
public sealed class BodyCandidateTests
{
    private static LayoutRow Row(params string[] cells) =>
        new(1, cells.Select((c, i) => new LayoutCell(c, 50 + (i * 150), 180 + (i * 150))).ToList(), 0, 10, 10, false, true);

    [Fact]
    public void JoinsAGenericOrganInTheHeadingToTheOrganisationInTheBand()
    {
        var body = BodyRecogniser.Recognise("Referat", ["Referat fra arbeidsutvalget", "Dato: 3. februar 2025"], "Referat fra arbeidsutvalget", ["Kystrådet – regionråd for Ytre Hav"]);
        Assert.Equal("arbeidsutvalget-kystradet", body?.Id);
        Assert.Equal("Arbeidsutvalget i Kystrådet", body?.Name);
    }

    [Fact]
    public void ReadsTheCongressOfTheAssociationInTheLetterheadAndDropsTheYear()
    {
        var body = BodyRecogniser.Recognise("Protokoll", ["Protokoll – Årsmøtet 2024", "Dato: 12.04.2024"], "Protokoll – Årsmøtet 2024", ["Norsk forening for leddhelse"]);
        Assert.Equal("arsmotet-norsk-forening-for-leddhelse", body?.Id);
    }

    [Fact]
    public void ReadsTheCouncilOfOwnersAddressedInALetterhead()
    {
        var body = BodyRecogniser.Recognise("Innkalling", ["Vestdal renovasjon IKS", "Til representantskapet i Vestdal renovasjon IKS Dato: 02.02.2025", "Innkalling til møte i representantskapet"], "", null);
        Assert.Equal("representantskapet-vestdal-renovasjon-iks", body?.Id);
    }

    [Fact]
    public void TheBoardForAnOrganisationIsTheSameBodyAsTheBoardInIt()
    {
        Assert.Equal("Styret i Helse Sørdal HF", BodyRecogniser.Named(null, ["Saken behandles i: Møtedato Møtesaksnummer", "Styret for Helse Sørdal HF 12. mars 2025 17/2025"]));
        Assert.Equal("Styringsgruppen for digital hjemmeoppfølging",
            BodyRecogniser.Named(null, ["Referat", "Styringsgruppen for digital hjemmeoppfølging"]));
    }

    [Fact]
    public void ReadsAnOrganAndItsTrustSeparatedByAComma()
    {
        Assert.Equal("Brukerutvalget i Sykehuset Lågdal HF", BodyRecogniser.Named(null, ["Referat fra møte i Brukerutvalget (BU), Sykehuset Lågdal HF"]));
    }

    [Fact]
    public void ReadsAnOrdinaryGeneralMeetingInCapitals()
    {
        Assert.Equal("Generalforsamlingen i Fjordbygg AS", BodyRecogniser.Named(null, ["PROTOKOLL FRA ORDINÆR GENERALFORSAMLING I FJORDBYGG AS"]));
    }

    [Fact]
    public void ACommitteeOfACityDistrictBelongsToTheDistrictAndACommitteeOfATrustToTheTrust()
    {
        Assert.Equal("Bydelsutvalget i Bydel Nordhaug", BodyRecogniser.Named(null, ["Møtebok", "Utvalg: Bydelsutvalget"], ["Elvby kommune", "Bydel Nordhaug"]));
        Assert.Equal("Arbeidsmiljøutvalget i Sykehuset Lågdal HF", BodyRecogniser.Named(null, ["Møtereferat – Arbeidsmiljøutvalget (AMU)"], ["Sykehuset Lågdal HF"]));
    }

    [Fact]
    public void ReadsABoardInASentenceWhoseNameEndsInALowerCaseNoun()
    {
        var body = BodyRecogniser.Recognise("Utskrift av protokoll", ["Utskrift av protokoll"], "Utskrift av protokoll\nFra styremøte den 2. ds. i styret i Stiftelsen Solgløtt omsorgssenter gjengis følgende:", null);
        Assert.Equal("styret-stiftelsen-solglott-omsorgssenter", body?.Id);
    }

    [Fact]
    public void APaperThatNamesNoBodyStaysWithoutOne()
    {
        Assert.Empty(BodyRecogniser.Candidates("Notat", ["Notat", "Om ventetider i 2024"], "Notat om ventetider i 2024.", ["Side 1"]));
    }

    [Fact]
    public void AReportsHeadingOnTheBoardNamesNoBody()
    {
        Assert.Null(BodyRecogniser.Recognise("Årsberetning 2024", ["Årsberetning 2024", "Styret"], "Årsberetning 2024\nStyret har hatt seks møter.", ["Norsk forening for leddhelse"]));
    }

    [Theory]
    [InlineData("Møtet holdes 12. og 13. juni 2025 på Hamar", 2025, 6, 12, 13)]
    [InlineData("Samling 30. mai–1. juni 2025", 2025, 5, 30, 1)]
    public void ReadsRangesJoinedByOgAndAcrossMonths(string text, int year, int month, int startDay, int endDay)
    {
        var range = NorwegianDates.FindRange(text);
        Assert.Equal(new DateOnly(year, month, startDay), range?.Start);
        Assert.Equal(endDay, range?.End.Day);
    }

    [Fact]
    public void ReadsAbbreviatedMonthNames()
    {
        Assert.Equal(new DateOnly(2024, 2, 7), NorwegianDates.FindDate("Møtedato: 7. feb. 2024")?.Date);
        Assert.Equal(new DateOnly(2024, 9, 19), NorwegianDates.FindDate("19. sept. 2024 kl. 10")?.Date);
    }

    [Fact]
    public void ANoticesLetterheadDateYieldsToTheSentenceCallingTheMeeting()
    {
        var fields = new List<HeaderField> { HeaderFieldReader.Read("Dato:", "03.02.2025")! };
        var held = MeetingDateReader.Held(fields,
            [Row("Til styret i Nordvang AS", "Dato: 03.02.2025"), Row("Vår ref.: 25/7"), Row("Styret innkalles til møte tirsdag 25. februar 2025 kl. 10.00.")]);
        Assert.Equal(new DateOnly(2025, 2, 25), held?.Date);
    }

    [Fact]
    public void ASentenceRecordingTheMeetingWithoutAYearTakesTheYearOfTheDateline()
    {
        var held = MeetingDateReader.Held([], [Row("Lundvik, 14.11.2024"), Row("Referat fra møte i beredskapsrådet"), Row("Møtet ble holdt onsdag 6. november i rådhuset.")]);
        Assert.Equal(new DateOnly(2024, 11, 6), held?.Date);
    }

    [Fact]
    public void ReadsAnOwnersTableAsTheRepresentativesPresent()
    {
        var reader = new AttendanceReader();
        Assert.True(reader.Read(Row("Eierkommune", "Representant", "Eierandel"), "Eierkommune", "Representant Eierandel", null));
        Assert.True(reader.Read(Row("Haugvik", "Ordfører Eli Strand", "60 %"), "Haugvik", "Ordfører Eli Strand 60 %", null));
        Assert.True(reader.Read(Row("Moldå", "Varaordfører Per Sæle", "40 %"), "Moldå", "Varaordfører Per Sæle 40 %", null));
        var present = reader.Result().Present;
        Assert.Equal(["Eli Strand", "Per Sæle"], present.Select(p => p.Name));
        Assert.Equal("Moldå", present[1].Affiliation);
    }

    [Theory]
    [InlineData("Oppsummering: Rådet slutter seg til planen.", "konklusjon")]
    [InlineData("Generalforsamlingen traff enstemmig følgende vedtak:", "vedtak")]
    public void ReadsFurtherDecisionLabels(string row, string kind) =>
        Assert.Equal(kind, DecisionReader.ReadLabel(row)?.DecisionKind);

    [Theory]
    [InlineData("Budsjettet ble enstemmig vedtatt.")]
    [InlineData("Møteplanen vart samrøystes vedteken.")]
    public void ReadsAnOutcomeWhoseSubjectIsTheMatterDecided(string paragraph) =>
        Assert.Equal(DecisionKinds.Vote, DecisionReader.OutcomeKind(paragraph));

    [Fact]
    public void ReadsFurtherAttendanceLabelsAndTheVotingDelegates()
    {
        var reader = new AttendanceReader();
        foreach (var text in new[] { "Arbeidsgiversiden: Åse Lid (leder), Tor Hol, Kari Vik", "Ikkje møtt: Per Ask", "Antall stemmeberettigede delegater: 61" })
        {
            Assert.True(reader.Read(Row(text), text.Split(':')[0] + ":", text.Split(':', 2)[1].Trim(), null));
        }

        var result = reader.Result();
        Assert.Equal(["Åse Lid", "Tor Hol", "Kari Vik"], result.Present.Select(p => p.Name));
        Assert.Equal("Per Ask", Assert.Single(result.Absent).Name);
        Assert.Equal(61, result.VotingMembers);
    }

    [Fact]
    public void ReadsACouncilNamedForItsPeopleOnItsOwnRow() =>
        Assert.Equal("Rådet for personer med funksjonsnedsettelse i Tindvik",
            BodyRecogniser.Named(null, ["Rådet for personer med funksjonsnedsettelse", "Møteprotokoll"], ["TINDVIK KOMMUNE"]));

    [Fact]
    public void ACouncilNamedInTheTextDoesNotOutrankTheBodyThePaperNamesItself()
    {
        var body = BodyRecogniser.Recognise("Referat", ["Referat fra møte i Brukerrådet ved Sykehuset Lågdal HF"], "Brukerrådet drøftet NorPreM-rådets plan. NorPreM-rådet ba om innspill.", null);
        Assert.Equal("brukerradet-ved-sykehuset-lagdal-hf", body?.Id);
        Assert.NotEqual(Councils.NorPreMRegional, body?.Id);
    }

    [Fact]
    public void ReadsTheCentralBoardOfTheAssociationInTheBandFromItsMeetingHeading()
    {
        var body = BodyRecogniser.Recognise("Referat", ["Referat fra sentralstyrets møte 14.11.2025, Forbundshuset, Oslo", "Til stede fra sentralstyret: Ragnhild Østby (leder)"],
            "Referat fra sentralstyrets møte 14.11.2025, Forbundshuset, Oslo", ["Norsk Migreneforbund"]);
        Assert.Equal("sentralstyret-norsk-migreneforbund", body?.Id);
    }

    [Fact]
    public void TwoNamesEachWithTheirOwnRemarkAreTwoPeopleButANameAndItsAffiliationIsOne()
    {
        var absent = PersonNames.ParseAttendees("Anne Kvåle (KRF), Eskil Nordbø (R)", null);
        Assert.Equal(["Anne Kvåle", "Eskil Nordbø"], absent.Select(a => a.Name));
        Assert.Single(PersonNames.ParseAttendees("Kari Nordmann (leder), Helse Bergen", null));
    }

    [Fact]
    public void ASemicolonListWithLowerCaseFunctionsBeforeTheNamesGivesEveryPerson()
    {
        var present = PersonNames.ParseAttendees("Overlege Knut Rønning (leder); sykehusfarmasøyt Hilde Moan; klinisk farmasøyt Martin Fossum", null);
        Assert.Equal(["Knut Rønning", "Hilde Moan", "Martin Fossum"], present.Select(a => a.Name));
        Assert.Equal("klinisk farmasøyt", present[2].Role);
        Assert.Null(PersonNames.WithoutRole("samt Kari Nordmann").Role);
    }
}
