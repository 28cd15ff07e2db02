using System.CommandLine;
using System.Text;
using Sitrep.Services.Export;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep export</c>: writes the store as JSON Lines (the export schema) or as a CSV/TSV table.</summary>
public static class ExportCommand
{
    public static Command Create(CliIo io)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl: one line per record, following sitrep-export.schema.json; csv or tsv: a table of documents.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv", "tsv");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Export the store for other tools.") { format, output };
        command.SetAction(parse => StoreOption.Guard(io, () =>
        {
            using var store = StoreOption.Open(parse);
            var path = parse.GetValue(output);
            var target = path is null ? null : Path.GetFullPath(path);
            var temporary = target is null ? null : target + ".partial";
            using (var stream = temporary is null ? null : File.Create(temporary))
            {
                switch (parse.GetValue(format))
                {
                    case "jsonl":
                        if (stream is null)
                        {
                            using var buffer = new MemoryStream();
                            new JsonLinesExporter(store).Write(buffer);
                            io.Output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                        }
                        else
                        {
                            new JsonLinesExporter(store).Write(stream);
                        }

                        break;
                    default:
                        var separator = parse.GetValue(format) == "csv" ? ',' : '\t';
                        using (var writer = stream is null ? null : new StreamWriter(stream, new UTF8Encoding(false)))
                        {
                            new TableExporter(store).Write(writer ?? io.Output, separator);
                        }

                        break;
                }
            }

            // Written beside the target and renamed, so a failed export never leaves a truncated file in its place.
            if (temporary is not null)
            {
                File.Move(temporary, target!, overwrite: true);
            }

            return 0;
        }));
        return command;
    }
}
