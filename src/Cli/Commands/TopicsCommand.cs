using System.Globalization;
using NorPreM.Ingest.Themes;
using NorPreM.Ingest.Topics;

namespace NorPreM.Cli.Commands;

/// <summary>Prints unsupervised LDA topics over texts: the council passages of the training split by default, or JSONL from standard input.</summary>
public sealed class TopicsCommand : ICliCommand
{
    public string Name => "topics";
    public string Usage => "topics [--data eval/themes] [--topics n] [--words 10] [--max-share 0.4] [--iterations 1000] [--stdin ja] | topics - < tekster.jsonl";
    public string Summary => "Finner emner uten fasit (LDA i Microsoft.ML) og skriver de viktigste ordene og tekstene per emne.";

    public int Run(CliArguments args, CliContext context)
    {
        var defaults = new TopicOptions();
        int? topics = args.Option("topics") is null ? null : args.IntOption("topics", 0);
        var words = args.IntOption("words", defaults.WordsPerTopic);
        var iterations = args.IntOption("iterations", defaults.Iterations);

        var maxShare = defaults.MaxDocumentShare;
        if (args.Option("max-share") is { } share && !double.TryParse(share, CultureInfo.InvariantCulture, out maxShare))
        {
            throw new CliUsageException("--max-share må være et tall mellom 0 og 1, f.eks. 0.4.");
        }

        if (topics is < 2 || words < 1 || maxShare is <= 0 or > 1)
        {
            throw new CliUsageException("--topics må være minst 2, --words minst 1 og --max-share mellom 0 og 1.");
        }

        IReadOnlyList<string> texts;
        if (args.Option("stdin") is not null || args.Positional(0) == "-")
        {
            texts = ThemeDataset.ReadTexts(context.In);
        }
        else
        {
            var directory = args.Option("data") ?? ThemeDataFiles.DefaultDirectory;
            // Only council text: news passages would make topics about sport and history. The held-out split stays
            // unread outside `evaluate-themes`, so its texts never shape anything chosen by looking at output.
            texts = ThemeDataFiles.Read(directory, "train.jsonl")
                .Where(p => !p.Id.StartsWith("norquad-", StringComparison.Ordinal))
                .Select(p => p.Text)
                .ToList();
        }

        TopicDiscoveryResult result;
        try
        {
            result = TopicDiscovery.Discover(texts, defaults with { Topics = topics, WordsPerTopic = words, MaxDocumentShare = maxShare, Iterations = iterations });
        }
        catch (TopicDiscoveryException e)
        {
            context.Error.WriteLine(e.Reason);
            return 1;
        }

        context.Out.WriteLine($"{result.Topics.Count} emner fra {result.Texts} tekster ({result.Vocabulary} ord; {result.Method}).");
        context.Out.WriteLine($"Utelatt som for vanlige: {string.Join(", ", result.CommonWords.Take(30))}");
        foreach (var topic in result.Topics)
        {
            context.Out.WriteLine($"  {topic.Number,2}: {string.Join(", ", topic.Words.Select(w => w.Word))}");
            context.Out.WriteLine($"      tekster: {string.Join(", ", topic.Texts.Select(t => $"#{t.Index + 1} ({t.Weight:0.00})"))}");
        }

        return 0;
    }
}
