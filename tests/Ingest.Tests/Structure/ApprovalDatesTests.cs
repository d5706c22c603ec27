using NorPreM.Ingest.Structure.Text;

namespace NorPreM.Ingest.Tests.Structure;

public sealed class ApprovalDatesTests
{
    [Theory]
    [InlineData("Vedtatt i interregionalt fagdirektørmøte 12. desember 2024", "2024-12-12")]
    [InlineData("Godkjent: 12.12.2024", "2024-12-12")]
    [InlineData("Planen ble vedtatt av NorPreM-rådet i Helse Sør-Øst 3. mars 2025.", "2025-03-03")]
    [InlineData("Denne versjonen er revidert 18. juni 2025 etter høringen.", "2025-06-18")]
    public void ReadsTheDateOfAnApprovalOrRevisionNote(string row, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ApprovalDates.Find([row]));

    [Fact]
    public void TakesTheLatestOfApprovalAndRevision() =>
        Assert.Equal(new DateOnly(2025, 3, 3), ApprovalDates.Find(["Vedtatt i fagdirektørmøtet 12. desember 2024", "Revidert 3. mars 2025"]));

    [Fact]
    public void ReadsANoteWhoseDateWrapsToTheNextRow() =>
        Assert.Equal(new DateOnly(2024, 12, 12), ApprovalDates.Find(["Vedtatt i interregionalt fagdirektørmøte", "12. desember 2024"]));

    [Theory]
    [InlineData("Nasjonal strategi for persontilpasset medisin ble godkjent 5. mai 2023.")]
    [InlineData("Budsjettet for året er godkjent. Neste møte er 3. mars 2025.")]
    [InlineData("Rådet har vedtatt å utsette saken til møtet 12. desember 2024.")]
    public void IgnoresDatesOfOtherDocumentsAndEvents(string row) =>
        Assert.Null(ApprovalDates.Find([row]));
}
