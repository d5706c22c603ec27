using System.Text;
using NorPreM.Cli;

Console.OutputEncoding = Encoding.UTF8;
Console.InputEncoding = Encoding.UTF8;
return CommandLine.Run(args, new CliContext(Console.In, Console.Out, Console.Error));

/// <summary>The entry point stays internal: the ASP.NET Core framework reference (PasswordHasher) would otherwise make the
/// generated Program public and clash with the web app's Program in projects that reference both.</summary>
internal partial class Program;
