namespace Sitrep.Cli;

public static class Program
{
    public static int Main(string[] args) => SitrepCli.Run(args, CliIo.FromConsole());
}
