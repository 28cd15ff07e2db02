using System.IO.Compression;
using System.Text;

namespace Sitrep.Extraction.Entities.Recognition;

/// <summary>The two passes of the recogniser: sentence features first, then the same plus document evidence from the first pass.</summary>
public sealed record RecognizerModel(NerModel FirstPass, NerModel SecondPass)
{
    private const string Magic = "SITREP-RECOGNIZER-2";
    private const int Tags = EntityTags.Count;

    // Both passes read the same sentence features: one table serves both with a single lookup per feature.
    private readonly SparseWeightTable _bothPasses = new([(FirstPass.Rows, FirstPass.Weights), (SecondPass.Rows, SecondPass.Weights)], Tags);

    /// <summary>Tags every sentence of a document, using what the first pass found across the whole document.</summary>
    public int[][] Decode(IReadOnlyList<IReadOnlyList<string>> sentences, NerFeatureExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(extractor);
        var first = new int[sentences.Count][];
        var secondEmissions = new float[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var features = extractor.Extract(sentences[s]);
            var n = features.Length;
            var firstEmissions = new float[n * Tags];
            secondEmissions[s] = new float[n * Tags];
            for (var i = 0; i < n; i++)
            {
                var firstRow = firstEmissions.AsSpan(i * Tags, Tags);
                var secondRow = secondEmissions[s].AsSpan(i * Tags, Tags);
                foreach (var feature in features.Of(i))
                {
                    _bothPasses.AddTo(firstRow, secondRow, feature);
                }
            }

            first[s] = n == 0 ? [] : NerModel.Viterbi(firstEmissions, FirstPass.Transitions, n);
        }

        var evidence = DocumentEvidence.Build(sentences, first);
        var tagged = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var n = first[s].Length;
            for (var i = 0; i < n; i++)
            {
                var row = secondEmissions[s].AsSpan(i * Tags, Tags);
                foreach (var feature in evidence[s][i])
                {
                    _bothPasses.AddSecondTo(row, feature);
                }
            }

            tagged[s] = n == 0 ? [] : NerModel.Viterbi(secondEmissions[s], SecondPass.Transitions, n);
        }

        return tagged;
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
