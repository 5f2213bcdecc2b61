using Timeline.Cli;

// Before any pattern is made: none may run longer than this on one text.
Timeline.Domain.Pipeline.ImportPipeline.LimitPatternTime();

return await Entry.RunAsync(args, Console.Out, Console.Error);
