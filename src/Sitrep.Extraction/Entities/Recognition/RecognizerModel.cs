using System.IO.Compression;
using System.Text;

namespace Sitrep.Extraction.Entities.Recognition;

/// <summary>The two passes of the recogniser: sentence features first, then the same plus document evidence from the first pass.</summary>
public sealed record RecognizerModel(NerModel FirstPass, NerModel SecondPass)
{
    private const string Magic = "SITREP-RECOGNIZER-2";

    /// <summary>Tags every sentence of a document, using what the first pass found across the whole document.</summary>
    public int[][] Decode(IReadOnlyList<IReadOnlyList<string>> sentences, NerFeatureExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(extractor);
        var features = sentences.Select(tokens => extractor.Extract(tokens)).ToArray();
        var first = features.Select(matrix => FirstPass.Decode(matrix)).ToArray();
        var evidence = DocumentEvidence.Build(sentences, first);
        return [.. features.Select((matrix, i) => SecondPass.Decode(matrix, evidence[i]))];
    }

    public void Save(Stream output, float minimumWeight)
    {
        using var zip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip, Encoding.UTF8);
        writer.Write(Magic);
        FirstPass.Write(writer, minimumWeight);
        SecondPass.Write(writer, minimumWeight);
    }

    public static RecognizerModel Load(Stream input)
    {
        using var zip = new GZipStream(input, CompressionMode.Decompress);
        using var reader = new BinaryReader(zip, Encoding.UTF8);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("Not a Sitrep recogniser model of this version.");
        }

        return new RecognizerModel(NerModel.Read(reader), NerModel.Read(reader));
    }
}
