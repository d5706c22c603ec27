using NorPreM.Core.Privacy;

namespace NorPreM.Core.Tests;

public class PersonalDataTests
{
    [Theory]
    [InlineData("01017012343")]
    [InlineData("15038545660")]
    [InlineData("41017012337")] // D-number: first digit + 4
    public void AcceptsNumbersWithValidCheckDigits(string number) => Assert.True(PersonalData.IsIdentityNumber(number));

    [Theory]
    [InlineData("01017012344")] // second check digit wrong
    [InlineData("01017012353")] // first check digit wrong
    [InlineData("32017012343")] // no such day
    [InlineData("12345678901")]
    [InlineData("0101701234")]
    public void RejectsNumbersWithInvalidCheckDigitsOrDates(string number) => Assert.False(PersonalData.IsIdentityNumber(number));

    [Fact]
    public void MasksIdentityNumbersInRunningText()
    {
        var text = "Pasienten (fnr. 01017012343) og pårørende med D-nummer 410170 12337 ble informert.";
        var masked = PersonalData.Mask(text);
        Assert.Equal("Pasienten (fnr. [fødselsnummer skjult]) og pårørende med D-nummer [fødselsnummer skjult] ble informert.", masked);
    }

    [Fact]
    public void LeavesElevenDigitsThatFailTheChecksAlone()
    {
        const string text = "Kontonummer 12345678901 og arkivsak 2022/01234 står i brevet.";
        Assert.Same(text, PersonalData.Mask(text));
        Assert.False(PersonalData.Contains(text));
    }

    [Theory]
    [InlineData("Ring sekretariatet på 22 33 44 55 før møtet.", "Ring sekretariatet på [telefonnummer skjult] før møtet.")]
    [InlineData("Kontakt: tlf. 91234567, e-post kari.nordmann@helse-sorost.no", "Kontakt: tlf. [telefonnummer skjult], e-post [e-post skjult]")]
    [InlineData("Telefon +47 412 34 567 hele døgnet.", "Telefon [telefonnummer skjult] hele døgnet.")]
    [InlineData("Mobil: 98765432", "Mobil: [telefonnummer skjult]")]
    public void MasksPhoneNumbersAndEmailAddresses(string text, string expected) => Assert.Equal(expected, PersonalData.Mask(text));

    [Theory]
    [InlineData("Sak 28/3/2022 ble behandlet 15.03.2022.")]
    [InlineData("Budsjettet er 12 345 678 kroner for 2024.")]
    [InlineData("Vedtatt i møte 20220315 med 14 stemmer.")]
    [InlineData("Organisasjonsnummer 974 707 152.")]
    public void LeavesDatesCaseNumbersAndAmountsAlone(string text) => Assert.Same(text, PersonalData.Mask(text));
}
