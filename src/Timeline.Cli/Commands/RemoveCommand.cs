using System.CommandLine;
using System.Security.Cryptography;
using Timeline.Data;
using Timeline.Data.Store;
using Timeline.Domain.Import;
using Timeline.Domain.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary>
/// `remove <file|url|article id>... [--db FILE] [--knowledge FILE]...`: takes articles out of the timeline. Events only they
/// supported go; events other articles support are made again from those, keeping their ids. Exit 1 when one is not found.
/// </summary>
internal static class RemoveCommand
{
    public static Command Definition(CliConsole io)
    {
        var references = PathsArgument.Create("the file imported, its URL or the article id (the number in /sources/N)", "file|url|article id");
        var db = DatabaseOption.Create();
        var knowledge = KnowledgeOption.Create();
        var command = new Command("remove", "Take articles out of the timeline; events they alone supported go") { references, db, knowledge };
        command.SetAction(r => Run(r.GetValue(references)!, r.GetValue(db), r.GetValue(knowledge), io.Out, io.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> references, string? databaseFile, IReadOnlyList<string>? knowledgeFiles, TextWriter stdout, TextWriter stderr)
    {
        var connectionString = DatabaseOption.Open(databaseFile);
        var knowledge = KnowledgeOption.Load(knowledgeFiles);
        using var removing = ImportLock.Acquire(connectionString, _ => stdout.WriteLine("waiting for an import into this database to finish ..."));
        using var store = new TimelineStore(connectionString);
        var removal = new ArticleRemoval(ImportPipeline.CreateDefault(knowledge), store);
        var missing = 0;
        foreach (var reference in references)
        {
            if (Find(store, reference) is not { } hash)
            {
                stderr.WriteLine($"error: no stored article is '{reference}' (give the file imported, its URL or the article id)");
                missing++;
                continue;
            }
            var title = store.GetArticle(hash)?.FileName ?? reference;
            var report = removal.Remove(hash);
            stdout.WriteLine($"removed {title}: {report.EventsDeleted} events deleted, {report.EventsRebuilt} kept with their other sources");
        }
        return missing > 0 ? 1 : 0;
    }

    /// <summary>A file by its content (as imported) or its path; else a URL or an article id.</summary>
    private static string? Find(TimelineStore store, string reference)
    {
        if (File.Exists(reference))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(reference)));
            if (store.HasArticle(hash))
            {
                return hash;
            }
            return store.FindArticle(Path.GetFullPath(reference));
        }
        return store.FindArticle(reference);
    }
}
