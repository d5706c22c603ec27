using Microsoft.AspNetCore.Identity;

namespace NorPreM.Cli.Commands;

/// <summary>
/// `hash-password`: reads a password from standard input and prints its ASP.NET Core <c>PasswordHasher</c> hash, the form
/// a staff account takes in configuration (<c>Staff:Accounts:0:PasswordHash</c>), so no password is ever stored in clear.
/// </summary>
public sealed class HashPasswordCommand : ICliCommand
{
    public string Name => "hash-password";
    public string Usage => "hash-password  (passordet på standard inn)";
    public string Summary => "Skriver ut hashen av et passord (lest fra standard inn) til en ansattkonto i Staff:Accounts.";

    public int Run(CliArguments args, CliContext context)
    {
        var password = context.In.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            context.Error.WriteLine("Skriv passordet på standard inn, for eksempel: read -s P && echo \"$P\" | norprem hash-password");
            return 1;
        }

        context.Out.WriteLine(new PasswordHasher<string>().HashPassword("", password));
        return 0;
    }
}
