using Timeline.Cli.Commands;

return args switch
{
    ["migrations", .. var rest] => MigrationsCommand.Run(rest),
    _ => 2,
};
