using NorPreM.Ingest.Themes;

namespace NorPreM.Ingest.Cli.Commands;

/// <summary>Prints unsupervised LDA topics over texts: the labelled corpus passages by default, or JSONL from standard input.</summary>
public sealed class TopicsCommand : ICliCommand
{
    public string Name => "topics";
    public string Usage => "topics [--data eval/themes] [--topics 10] [--words 10] [--stdin ja] | topics - < tekster.jsonl";
    public string Summary => "Finner emner uten fasit (LDA i Microsoft.ML) og skriver de viktigste ordene per emne.";

    public int Run(CliArguments args, CliContext context)
    {
        var topics = args.IntOption("topics", 10);
        var words = args.IntOption("words", 10);
        if (topics < 2 || words < 1)
        {
            throw new CliUsageException("--topics må være minst 2 og --words minst 1.");
        }

        IReadOnlyList<string> texts;
        if (args.Option("stdin") is not null || args.Positional(0) == "-")
        {
            var passages = ThemeDataset.ReadTexts(context.In);
            texts = passages;
        }
        else
        {
            var directory = args.Option("data") ?? ThemeDataFiles.DefaultDirectory;
            // Only council text: news passages would make topics about sport and history.
            texts = ThemeDataFiles.Read(directory, "train.jsonl").Concat(ThemeDataFiles.Read(directory, "heldout.jsonl"))
                .Where(p => !p.Id.StartsWith("norquad-", StringComparison.Ordinal))
                .Select(p => p.Text)
                .ToList();
        }

        if (texts.Count < topics)
        {
            context.Error.WriteLine($"For få tekster ({texts.Count}) til {topics} emner.");
            return 1;
        }

        context.Out.WriteLine($"{topics} emner fra {texts.Count} tekster:");
        foreach (var topic in TopicDiscovery.Discover(texts, topics, words))
        {
            context.Out.WriteLine($"  {topic.Number,2}: {string.Join(", ", topic.Words.Select(w => w.Word))}");
        }

        return 0;
    }
}
