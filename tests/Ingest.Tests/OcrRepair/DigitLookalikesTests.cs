using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Ingest.Tests.OcrRepair;

public sealed class DigitLookalikesTests
{
    [Theory]
    [InlineData("Dato: i4. mai 2024, kl. 09.00–11.30", "Dato: 14. mai 2024, kl. 09.00–11.30")]
    [InlineData("Møtet ble holdt 3. juni 2O24 i Tromsø.", "Møtet ble holdt 3. juni 2024 i Tromsø.")]
    [InlineData("Møtedato: l2.05.2024", "Møtedato: 12.05.2024")]
    [InlineData("Frist: 3O. september 2025", "Frist: 30. september 2025")]
    public void ReadsDigitsMisreadAsLettersInADate(string line, string expected)
    {
        var (lines, repairs) = DigitLookalikes.Repair([line]);
        Assert.Equal(expected, lines[0]);
        var repair = Assert.Single(repairs);
        Assert.Equal(expected.Substring(repair.Start, repair.After.Length), repair.After);
    }

    [Theory]
    [InlineData("Rådet møttes til 10. mai 2024 i Bodø.")]
    [InlineData("Det ble vedtatt i 4. mai-møtet at rådet skal møtes i år.")]
    [InlineData("Frist: 3l. april 2025")]
    [InlineData("Versjon io.i2.2O24 av planen")]
    public void LeavesWordsAndImpossibleDatesAlone(string line)
    {
        var (lines, repairs) = DigitLookalikes.Repair([line]);
        Assert.Equal(line, lines[0]);
        Assert.Empty(repairs);
    }
}
