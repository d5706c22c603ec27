using System.Text;
using NorPreM.Cli;

Console.OutputEncoding = Encoding.UTF8;
Console.InputEncoding = Encoding.UTF8;
return CommandLine.Run(args, new CliContext(Console.In, Console.Out, Console.Error));
