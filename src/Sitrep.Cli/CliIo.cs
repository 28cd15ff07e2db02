using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>The streams a command talks through: the real console in use, string writers in tests.</summary>
public sealed class CliIo
{
    public CliIo(TextWriter output, TextWriter error, Func<Stream> openStandardInput, bool interactive)
    {
        Output = output;
        Error = error;
        OpenStandardInput = openStandardInput;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            Console.Profile.Width = 120;
        }

        ErrorConsole = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public Func<Stream> OpenStandardInput { get; }

    /// <summary>True when a person is watching a terminal: progress bars and colour are worth drawing.</summary>
    public bool Interactive { get; }

    /// <summary>Rich rendering (tables, rules) onto <see cref="Output"/>.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Rich rendering onto <see cref="Error"/>, where progress goes so that output stays pipeable.</summary>
    public IAnsiConsole ErrorConsole { get; }

    public static CliIo FromConsole() =>
        new(System.Console.Out, System.Console.Error, System.Console.OpenStandardInput,
            !System.Console.IsOutputRedirected && !System.Console.IsErrorRedirected);
}
